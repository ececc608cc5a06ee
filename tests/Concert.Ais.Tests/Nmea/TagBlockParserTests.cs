using Concert.Ais.Nmea;

namespace Concert.Ais.Tests.Nmea;

public class TagBlockParserTests
{
    private readonly TagBlockParser _parser = new();

    private AisTagBlock Parse(string content)
    {
        Assert.Equal(AisDecodeStatus.Ok, _parser.Parse(NmeaText.Bytes(content), out AisTagBlock tagBlock));
        return tagBlock;
    }

    [Fact]
    public void Reads_every_NMEA_4_10_field()
    {
        AisTagBlock tag = Parse("s:rORBCOMM008,c:1418169601,d:ENC,n:157036,r:42,t:hello world,g:1-2-1604");
        Assert.Equal("rORBCOMM008", tag.Source);
        Assert.Equal(1418169601, tag.UnixTime);
        Assert.Equal("ENC", tag.Destination);
        Assert.Equal(157036, tag.LineCount);
        Assert.Equal(42, tag.RelativeTime);
        Assert.Equal("hello world", tag.Text);
        Assert.Equal(1, tag.GroupSentence);
        Assert.Equal(2, tag.GroupTotal);
        Assert.Equal(1604, tag.GroupId);
        Assert.True(tag.IsPresent);
    }

    [Fact]
    public void Converts_millisecond_times_to_seconds() =>
        Assert.Equal(1418169601, Parse("c:1418169601123").UnixTime);

    [Fact]
    public void Skips_unknown_keys_such_as_ORBCOMM_T_and_q() =>
        Assert.Equal("rORBCOMM104", Parse("s:rORBCOMM104,q:u,c:1418172113,T:2014-12-10 00.41.53").Source);

    [Fact]
    public void Empty_content_means_no_tag_block()
    {
        Assert.Equal(AisTagBlock.None, Parse(""));
        Assert.False(AisTagBlock.None.IsPresent);
    }

    [Fact]
    public void Returns_the_same_station_string_each_time()
    {
        string first = Parse("s:r003669945").Source!;
        string second = Parse("s:r003669945,c:1241544035").Source!;
        Assert.Same(first, second);
    }

    [Theory]
    [InlineData("g:1-2")]
    [InlineData("g:1-2-x")]
    [InlineData("c:yesterday")]
    [InlineData("c:999999999999999")] // beyond any clock even as milliseconds
    [InlineData("n:-3")]
    [InlineData("r:soon")]
    [InlineData("sr003669945")]
    [InlineData("s:a,,c:1")]
    public void Rejects_unreadable_fields(string content) =>
        Assert.Equal(AisDecodeStatus.MalformedField, _parser.Parse(NmeaText.Bytes(content), out _));
}
