using Concert.Ais.Messages;
using Concert.Ais.Reading;

namespace Concert.Ais.Tests.Reading;

public class AisLineDecoderTests
{
    // gpsd test/sample.aivdm line 1 and its gpsdecode -u -j output in sample.aivdm.ju.chk.
    private const string SampleLine = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";
    private const string SamplePayload = "15RTgt0PAso;90TKcjM8h6g208CQ";
    private const uint SampleMmsi = 371798000;

    // The same 168-bit type 1 payload carried in two sentences, as a transponder may split any payload.
    private static string Part(int number, int sequenceId, char channel = 'A', string talker = "AI", string tagBlock = "") =>
        tagBlock + NmeaText.Sentence($"{talker}VDM,2,{number},{sequenceId},{channel},{(number == 1 ? SamplePayload[..14] : SamplePayload[14..])},0");

    private static (AisLineDecoder Decoder, RecordingHandler Handler, List<AisDecodeStatus> Statuses) Run(
        IEnumerable<string> lines, AisReaderOptions? options = null)
    {
        var decoder = new AisLineDecoder(options);
        var handler = new RecordingHandler();
        var statuses = lines.Select(line => decoder.Decode(NmeaText.Bytes(line), ref handler)).ToList();
        return (decoder, handler, statuses);
    }

    private static void AssertAccounted(AisStatistics statistics) =>
        Assert.Equal(statistics.Lines, statistics.MessageLines + statistics.RejectedLines + statistics.PendingLines);

    [Fact]
    public void Decodes_a_position_report_as_gpsdecode_does()
    {
        var (decoder, handler, statuses) = Run([SampleLine]);
        Assert.Equal([AisDecodeStatus.Ok], statuses);
        var report = Assert.IsType<PositionReportClassA>(Assert.Single(handler.Messages).Message);
        // {"type":1,"repeat":0,"mmsi":371798000,"status":0,"turn":-127,"speed":123,"accuracy":true,"lon":-74037230,
        //  "lat":29028980,"course":2240,"heading":215,"second":33,"maneuver":0,"raim":false,"radio":34017}
        Assert.Equal(new PositionReportClassA(1, 0, SampleMmsi, 0, -127, 123, true, -74037230, 29028980, 2240, 215, 33, 0, 0, false, 34017), report);
        Assert.Equal(1, decoder.Statistics.Messages);
        Assert.Equal(1, decoder.Statistics.MessagesOfType(1));
        AssertAccounted(decoder.Statistics);
    }

    [Fact]
    public void Carries_talker_channel_tag_block_and_receiver_time_in_the_metadata()
    {
        string line = NmeaText.TagBlock("s:r003669945,c:1241544035") + "!ABVDM,1,1,,B,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A,1241544036";
        line = line.Replace("0*4A", "0*" + NmeaText.Checksum("ABVDM,1,1,,B," + SamplePayload + ",0"), StringComparison.Ordinal);
        var (_, handler, statuses) = Run([line]);
        Assert.Equal([AisDecodeStatus.Ok], statuses);
        AisMetadata metadata = Assert.Single(handler.Messages).Metadata;
        Assert.Equal(new AisMetadata("AB", false, 'B', 1, new AisTagBlock("r003669945", 1241544035, null, null, null, null, null, null, null), 1241544036), metadata);
    }

    [Fact]
    public void Joins_fragments_in_order()
    {
        var (decoder, handler, statuses) = Run([Part(1, 3), Part(2, 3)]);
        Assert.Equal([AisDecodeStatus.Ok, AisDecodeStatus.Ok], statuses);
        (IAisMessage message, AisMetadata metadata) = Assert.Single(handler.Messages);
        Assert.Equal(SampleMmsi, message.Mmsi);
        Assert.Equal(2, metadata.Fragments);
        Assert.Equal(2, decoder.Statistics.MessageLines);
        Assert.Equal(0, decoder.PendingMessages);
        AssertAccounted(decoder.Statistics);
    }

    [Fact]
    public void Holds_fragments_that_arrive_out_of_order()
    {
        var (decoder, handler, _) = Run([Part(2, 7), Part(1, 7)]);
        Assert.Equal(SampleMmsi, Assert.Single(handler.Messages).Message.Mmsi);
        Assert.Equal(0, decoder.Statistics.PendingLines);
    }

    [Fact]
    public void Takes_the_metadata_of_fragment_one_even_when_it_comes_last()
    {
        string second = NmeaText.TagBlock("g:2-2-42") + Part(2, 1);
        string first = NmeaText.TagBlock("g:1-2-42,s:rORBCOMM008,c:1418169601") + Part(1, 1);
        var (_, handler, _) = Run([second, first]);
        AisTagBlock tag = Assert.Single(handler.Messages).Metadata.TagBlock;
        Assert.Equal("rORBCOMM008", tag.Source);
        Assert.Equal(1418169601, tag.UnixTime);
        Assert.Equal(1, tag.GroupSentence);
    }

    [Fact]
    public void Joins_a_tag_block_group_whose_later_sentences_omit_the_station()
    {
        // The pattern of pyais mixed.txt: only the group's first sentence names the station.
        var (decoder, handler, _) = Run([
            NmeaText.TagBlock("g:1-2-27300,n:636994,s:b003669710,c:1428621738") + Part(1, 2, 'B', "SA"),
            NmeaText.TagBlock("g:2-2-27300,n:636995") + Part(2, 2, 'B', "SA"),
        ]);
        Assert.Equal("b003669710", Assert.Single(handler.Messages).Metadata.TagBlock.Source);
        Assert.Equal(0, decoder.PendingMessages);
    }

    [Fact]
    public void Keeps_interleaved_messages_apart()
    {
        // Two receivers and two channels, sentences shuffled together.
        string fromOther = NmeaText.TagBlock("s:other");
        var (decoder, handler, _) = Run([
            Part(1, 1), Part(1, 1, 'B'), fromOther + Part(1, 1), Part(1, 2), Part(1, 1, 'A', "AB"),
            Part(2, 2), Part(2, 1, 'A', "AB"), fromOther + Part(2, 1), Part(2, 1, 'B'), Part(2, 1),
        ]);
        Assert.Equal(5, handler.Messages.Count);
        Assert.All(handler.Messages, m => Assert.Equal(SampleMmsi, m.Message.Mmsi));
        // Completed in the order of their second halves: id 2, the AB talker, the other station, channel B, id 1.
        Assert.Equal(
            [("AI", 'A', (string?)null), ("AB", 'A', null), ("AI", 'A', "other"), ("AI", 'B', null), ("AI", 'A', null)],
            handler.Messages.Select(m => (m.Metadata.Talker, m.Metadata.Channel, m.Metadata.TagBlock.Source)).ToArray());
        Assert.Equal(10, decoder.Statistics.MessageLines);
        AssertAccounted(decoder.Statistics);
    }

    [Fact]
    public void Counts_a_repeated_fragment_once()
    {
        var (decoder, handler, statuses) = Run([Part(1, 4), Part(1, 4), Part(2, 4)]);
        Assert.Equal([AisDecodeStatus.Ok, AisDecodeStatus.DuplicateFragment, AisDecodeStatus.Ok], statuses);
        Assert.Single(handler.Messages);
        Assert.Equal(1, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.DuplicateFragment));
        Assert.Equal(2, decoder.Statistics.MessageLines);
        AssertAccounted(decoder.Statistics);
    }

    [Fact]
    public void Treats_a_recycled_sequential_id_with_new_content_as_a_new_message()
    {
        string otherFirst = NmeaText.Sentence("AIVDM,2,1,4,A,13HOI:0P0000VO,0");
        string otherSecond = NmeaText.Sentence("AIVDM,2,2,4,A,HLCnHQKwvL05Ip,0");
        var (decoder, handler, _) = Run([Part(1, 4), otherFirst, otherSecond]);
        // pyais mixed.txt: !AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23 is MMSI 227006760.
        Assert.Equal(227006760u, Assert.Single(handler.Messages).Message.Mmsi);
        Assert.Equal(1, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.OrphanFragment));
        AssertAccounted(decoder.Statistics);
    }

    [Fact]
    public void Counts_a_fragment_whose_partner_never_came_as_orphan_at_the_end()
    {
        var (decoder, handler, statuses) = Run([Part(1, 5), SampleLine]);
        Assert.Equal([AisDecodeStatus.Ok, AisDecodeStatus.Ok], statuses);
        Assert.Single(handler.Messages);
        Assert.Equal(1, decoder.Statistics.PendingLines);
        AssertAccounted(decoder.Statistics);
        decoder.Flush();
        Assert.Equal(0, decoder.Statistics.PendingLines);
        Assert.Equal(1, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.OrphanFragment));
        AssertAccounted(decoder.Statistics);
    }

    [Fact]
    public void Drops_fragments_older_than_the_age_limit()
    {
        var options = new AisReaderOptions { FragmentMaxAgeLines = 3 };
        var (decoder, handler, _) = Run([Part(1, 6), SampleLine, SampleLine, SampleLine, SampleLine, Part(2, 6)], options);
        Assert.Equal(4, handler.Messages.Count);
        Assert.Equal(1, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.OrphanFragment));
        Assert.Equal(1, decoder.Statistics.PendingLines);
        AssertAccounted(decoder.Statistics);
    }

    [Fact]
    public void A_flood_of_orphan_fragments_stays_within_the_pending_limit()
    {
        var options = new AisReaderOptions { MaxPendingMessages = 16, FragmentMaxAgeLines = 1_000_000 };
        var decoder = new AisLineDecoder(options);
        var handler = new RecordingHandler();
        for (int i = 0; i < 5000; i++)
        {
            string line = NmeaText.TagBlock($"s:station{i}") + Part(1, i % 10);
            Assert.Equal(AisDecodeStatus.Ok, decoder.Decode(NmeaText.Bytes(line), ref handler));
            Assert.True(decoder.PendingMessages <= 16);
        }
        Assert.Equal(16, decoder.PendingMessages);
        Assert.Equal(5000 - 16, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.EvictedFragment));
        AssertAccounted(decoder.Statistics);
        // The newest messages are the ones kept: their second halves still complete them.
        Assert.Equal(AisDecodeStatus.Ok, decoder.Decode(NmeaText.Bytes(NmeaText.TagBlock("s:station4999") + Part(2, 9)), ref handler));
        Assert.Single(handler.Messages);
    }

    [Fact]
    public void Rejects_a_line_over_the_length_limit()
    {
        var (decoder, _, statuses) = Run([SampleLine + new string(' ', 100)], new AisReaderOptions { MaxLineLength = 100 });
        Assert.Equal([AisDecodeStatus.LineTooLong], statuses);
        Assert.Equal(1, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.LineTooLong));
    }

    [Theory]
    [InlineData("AIVDM,1,1,0,A,,0")] // pyais inline_from_tests.nmea: an empty payload
    [InlineData("AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208C,0")] // a type 1 one character short
    public void Rejects_payloads_of_the_wrong_length(string body)
    {
        var (decoder, handler, statuses) = Run([NmeaText.Sentence(body)]);
        Assert.Equal([AisDecodeStatus.WrongBitLength], statuses);
        Assert.Empty(handler.Messages);
        Assert.Equal(1, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.WrongBitLength));
    }

    [Fact]
    public void Rejects_a_payload_longer_than_any_message()
    {
        string payload = new('0', 200);
        var (decoder, _, statuses) = Run([NmeaText.Sentence($"AIVDM,1,1,,A,{payload},0"), Part(1, 1), NmeaText.Sentence($"AIVDM,2,2,1,A,{payload},0")]);
        Assert.Equal([AisDecodeStatus.WrongBitLength, AisDecodeStatus.Ok, AisDecodeStatus.WrongBitLength], statuses);
        AssertAccounted(decoder.Statistics);
    }

    [Fact]
    public void Rejects_a_joined_message_that_is_too_long_with_all_its_lines()
    {
        string half = new('0', 120);
        var (decoder, _, statuses) = Run([NmeaText.Sentence($"AIVDM,2,1,1,A,{half},0"), NmeaText.Sentence($"AIVDM,2,2,1,A,{half},0")]);
        Assert.Equal([AisDecodeStatus.Ok, AisDecodeStatus.WrongBitLength], statuses);
        Assert.Equal(2, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.WrongBitLength));
        AssertAccounted(decoder.Statistics);
    }

    [Fact]
    public void Counts_unknown_message_types()
    {
        // Type 0 does not exist; type 63 ('w') neither.
        var (decoder, _, statuses) = Run([NmeaText.Sentence("AIVDM,1,1,,A,05RTgt0PAso;90TKcjM8h6g208CQ,0"), NmeaText.Sentence("AIVDM,1,1,,A,w5RTgt0PAso;90TKcjM8h6g208CQ,0")]);
        Assert.Equal([AisDecodeStatus.UnknownType, AisDecodeStatus.UnknownType], statuses);
        Assert.Equal(2, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.UnknownType));
    }

    [Fact]
    public void Decoding_a_single_sentence_position_report_allocates_nothing()
    {
        var decoder = new AisLineDecoder();
        var handler = new MmsiSum();
        byte[] plain = NmeaText.Bytes(SampleLine);
        byte[] tagged = NmeaText.Bytes(NmeaText.TagBlock("s:rORBCOMM104,c:1418172113") + SampleLine + ",1418172114");
        // The first pass lets the JIT reach its final tier; its own bookkeeping can allocate on this thread.
        DecodeBoth(decoder, plain, tagged, ref handler);
        long before = GC.GetAllocatedBytesForCurrentThread();
        DecodeBoth(decoder, plain, tagged, ref handler);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(2 * 20_000L * SampleMmsi, handler.Sum);
    }

    private static void DecodeBoth(AisLineDecoder decoder, byte[] plain, byte[] tagged, ref MmsiSum handler)
    {
        for (int i = 0; i < 10_000; i++)
        {
            decoder.Decode(plain, ref handler);
            decoder.Decode(tagged, ref handler);
        }
    }

    private struct MmsiSum : IAisMessageHandler
    {
        public long Sum;

        public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
            where TMessage : struct, IAisMessage<TMessage> => Sum += message.Mmsi;
    }
}
