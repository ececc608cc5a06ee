using Concert.Ais.Nmea;

namespace Concert.Ais.Tests.Nmea;

public class NmeaSentenceParserTests
{
    // First type 1 line of gpsd's test/sample.aivdm.
    private const string TypeOne = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";

    private static AisDecodeStatus Parse(string line, bool requireChecksum = false) =>
        NmeaSentenceParser.Parse(NmeaText.Bytes(line), requireChecksum, out _);

    [Fact]
    public void Reads_every_field_of_a_single_sentence()
    {
        Assert.Equal(AisDecodeStatus.Ok, NmeaSentenceParser.Parse(NmeaText.Bytes(TypeOne), false, out NmeaSentence sentence));
        Assert.Equal("AI"u8.ToArray(), sentence.Talker.ToArray());
        Assert.False(sentence.OwnShip);
        Assert.Equal(1, sentence.FragmentCount);
        Assert.Equal(1, sentence.FragmentNumber);
        Assert.Equal(-1, sentence.SequenceId);
        Assert.Equal((byte)'A', sentence.Channel);
        Assert.Equal("15RTgt0PAso;90TKcjM8h6g208CQ"u8.ToArray(), sentence.Payload.ToArray());
        Assert.Equal(0, sentence.FillBits);
        Assert.True(sentence.TagBlock.IsEmpty);
        Assert.Null(sentence.ReceiverTime);
        Assert.True(sentence.IsSingle);
    }

    [Theory]
    [InlineData("AI")]
    [InlineData("AB")]
    [InlineData("AD")]
    [InlineData("AN")]
    [InlineData("AR")]
    [InlineData("AS")]
    [InlineData("AT")]
    [InlineData("AX")]
    [InlineData("BS")]
    [InlineData("SA")]
    public void Accepts_any_two_letter_talker(string talker)
    {
        string line = NmeaText.Sentence($"{talker}VDM,1,1,,B,15RTgt0PAso;90TKcjM8h6g208CQ,0");
        Assert.Equal(AisDecodeStatus.Ok, NmeaSentenceParser.Parse(NmeaText.Bytes(line), false, out NmeaSentence sentence));
        Assert.Equal(talker, System.Text.Encoding.ASCII.GetString(sentence.Talker));
    }

    [Fact]
    public void Reads_VDO_as_own_ship_and_multi_sentence_fields()
    {
        // pyais inline_from_tests.nmea: first of three own-ship sentences.
        const string line = "!AIVDO,3,1,0,A,6007Ql@007V40011@T=4AD52@lA5@D93A4E1@T=4AD52@lA5@D93A4E1@T=4,0*22";
        Assert.Equal(AisDecodeStatus.Ok, NmeaSentenceParser.Parse(NmeaText.Bytes(line), false, out NmeaSentence sentence));
        Assert.True(sentence.OwnShip);
        Assert.Equal(3, sentence.FragmentCount);
        Assert.Equal(1, sentence.FragmentNumber);
        Assert.Equal(0, sentence.SequenceId);
        Assert.False(sentence.IsSingle);
    }

    [Theory]
    [InlineData("$GPGGA,184353.07,1929.045,S,02410.506,E,1,04,2.6,100.00,M,-33.9,M,,0000*6D")]
    [InlineData("$PGHP,1,2008,5,9,0,0,0,10,338,2,,1,09*17")]
    [InlineData("# Lines with a leading `#` are ignored")]
    [InlineData("IamNotAnAisMessage1111")]
    [InlineData("!AIVDX,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A")]
    [InlineData("!aivdm,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A")]
    [InlineData("!AIVDM")]
    [InlineData("")]
    public void Rejects_other_lines_as_not_AIS(string line) => Assert.Equal(AisDecodeStatus.NotAis, Parse(line));

    [Theory]
    // pyais inline_from_tests.nmea: the same sentence with checksums 0*FF and 0*04 instead of 0*05.
    [InlineData("!AIVDM,1,1,,B,15NG6V0P01G?cFhE`R2IU?wn28R>,0*FF")]
    [InlineData("!AIVDM,1,1,,B,15NG6V0P01G?cFhE`R2IU?wn28R>,0*04")]
    [InlineData("!AIVDM,1,1,,B,15NG6V0P01G?cFhE`R2IU?wn28R>,0*0")]
    [InlineData("!AIVDM,1,1,,B,15NG6V0P01G?cFhE`R2IU?wn28R>,0*ZZ")]
    // A corrupted payload character under the original checksum.
    [InlineData("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CR,0*4A")]
    public void Rejects_a_wrong_checksum(string line) => Assert.Equal(AisDecodeStatus.BadChecksum, Parse(line));

    [Fact]
    public void Accepts_lower_case_checksum_digits() =>
        Assert.Equal(AisDecodeStatus.Ok, Parse("!AIVDM,1,1,,A,16:VFv0k0I`KQPpFATG4SgvT40:v,0*7b"));

    [Fact]
    public void Missing_checksum_is_accepted_unless_required()
    {
        const string line = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0";
        Assert.Equal(AisDecodeStatus.Ok, Parse(line));
        Assert.Equal(AisDecodeStatus.MissingChecksum, Parse(line, requireChecksum: true));
    }

    [Theory]
    [InlineData("AIVDM,0,1,,B,16UK7Fi0?w4tQF0l4Q@>401v1PS;,0")] // no sentences
    [InlineData("AIVDM,2,3,1,B,16UK7Fi0?w4tQF0l4Q@>401v1PS;,0")] // number beyond count
    [InlineData("AIVDM,,A,91b77=h3h00nHt0Q3r@@07000<0b,0")] // fields missing
    [InlineData("AIVDM,1,1,,B,3815;`100!PhmnPPwL=3OmUd0Dg:,0")] // '!' is not armor
    [InlineData("AIVDM,1,1,,B,3815;`100xPhmnPPwL=3OmUd0Dg:,0")] // 'x' is not armor
    [InlineData("AIVDM,1,1,,AB,15RTgt0PAso;90TKcjM8h6g208CQ,0")] // two channels
    [InlineData("AIVDM,1,1,123,A,15RTgt0PAso;90TKcjM8h6g208CQ,0")] // sequential id too long
    [InlineData("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0,extra")] // extra field
    [InlineData("AIVDM,X,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0")] // count not a number
    public void Rejects_malformed_fields(string body) =>
        Assert.Equal(AisDecodeStatus.MalformedField, Parse(NmeaText.Sentence(body)));

    [Theory]
    [InlineData("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,6")]
    [InlineData("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,")]
    [InlineData("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,01")]
    [InlineData("AIVDM,2,1,3,A,15RTgt0PAso;90TKcjM8h6g208CQ,2")] // fill bits on a fragment that is not the last
    public void Rejects_bad_fill_bits(string body) =>
        Assert.Equal(AisDecodeStatus.BadFillBits, Parse(NmeaText.Sentence(body)));

    [Fact]
    public void Splits_off_a_tag_block_and_verifies_its_checksum()
    {
        // libais test/data/tagblock.nmea, second line.
        const string line = "\\s:rORBCOMM104,q:u,c:1418172113,T:2014-12-10 00.41.53*55\\!AIVDM,1,1,,B,13F?Vv700<DJuLEtvep`iToV0<00,0*78";
        Assert.Equal(AisDecodeStatus.Ok, NmeaSentenceParser.Parse(NmeaText.Bytes(line), true, out NmeaSentence sentence));
        Assert.Equal("s:rORBCOMM104,q:u,c:1418172113,T:2014-12-10 00.41.53"u8.ToArray(), sentence.TagBlock.ToArray());
        Assert.Equal((byte)'B', sentence.Channel);
    }

    [Theory]
    // pyais mixed.txt: one-digit tag-block checksums that do not match.
    [InlineData("\\g:1-2-73874*A\\!AIVDM,1,1,,A,15MrVH0000KH<:V:NtBLoqFP2H9:,0*2F", AisDecodeStatus.BadChecksum)]
    [InlineData("\\s:rORBCOMM104,c:1418172113*00\\!AIVDM,1,1,,B,13F?Vv700<DJuLEtvep`iToV0<00,0*78", AisDecodeStatus.BadChecksum)]
    [InlineData("\\s:rORBCOMM104,c:1418172113*55!AIVDM,1,1,,B,13F?Vv700<DJuLEtvep`iToV0<00,0*78", AisDecodeStatus.MalformedField)]
    [InlineData("\\s:rORBCOMM104*30\\$GPGGA,184353.07,1929.045,S,02410.506,E,1,04,2.6,100.00,M,-33.9,M,,0000*6D", AisDecodeStatus.NotAis)]
    public void Rejects_bad_tag_blocks(string line, AisDecodeStatus expected) =>
        Assert.Equal(expected, Parse(line.Replace("*30\\", "*" + NmeaText.Checksum("s:rORBCOMM104") + "\\", StringComparison.Ordinal)));

    [Fact]
    public void Tag_block_without_checksum_is_accepted_unless_required()
    {
        const string line = "\\s:r3669961,c:1241544035\\!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";
        Assert.Equal(AisDecodeStatus.Ok, Parse(line));
        Assert.Equal(AisDecodeStatus.MissingChecksum, Parse(line, requireChecksum: true));
    }

    [Theory]
    // USCG archive format (libais nmea_queue tests): station, signal, time-of-slot, then Unix time.
    [InlineData(",s22516,d-119,T39.29465207,x161578,r003669945,1241544035", 1241544035L)]
    [InlineData(",1241544035", 1241544035L)]
    [InlineData(" 1418169601.123", 1418169601L)]
    [InlineData(",1418169601123", 1418169601L)] // milliseconds
    [InlineData(",b003660465", null)] // gpsd sample.aivdm: a station id, not a time
    [InlineData(",s36310,d-081,T59.01777335", null)]
    [InlineData("   ", null)]
    [InlineData(",12345", null)] // too small to be a receive time
    public void Keeps_a_trailing_unix_time_as_receiver_time(string trailer, long? expected)
    {
        Assert.Equal(AisDecodeStatus.Ok, NmeaSentenceParser.Parse(NmeaText.Bytes(TypeOne + trailer), false, out NmeaSentence sentence));
        Assert.Equal(expected, sentence.ReceiverTime);
    }
}
