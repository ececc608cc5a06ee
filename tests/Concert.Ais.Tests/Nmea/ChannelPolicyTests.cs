using Concert.Ais.Messages;
using Concert.Ais.Nmea;
using Concert.Ais.Reading;

namespace Concert.Ais.Tests.Nmea;

/// <summary>
/// The VHF data link has two channels. gpsd 3.22 accepts them written A/B or 1/2, or an empty field, and rejects any
/// other letter ("invalid AIS channel"); Concert does the same, so the two count the same messages.
/// </summary>
public sealed class ChannelPolicyTests
{
    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("")]
    public void The_two_link_channels_are_accepted_however_written(string channel)
    {
        var decoder = new AisLineDecoder();
        var handler = new Count();
        Assert.Equal(AisDecodeStatus.Ok, decoder.Decode(NmeaText.Bytes(NmeaText.Sentence($"AIVDM,1,1,,{channel},15RTgt0PAso;90TKcjM8h6g208CQ,0")), ref handler));
        Assert.Equal(1, handler.Messages);
    }

    [Theory]
    [InlineData("C")]
    [InlineData("X")]
    [InlineData("3")]
    [InlineData("AB")]
    public void Any_other_channel_is_a_malformed_field(string channel)
    {
        var decoder = new AisLineDecoder();
        var handler = new Count();
        Assert.Equal(AisDecodeStatus.MalformedField, decoder.Decode(NmeaText.Bytes(NmeaText.Sentence($"AIVDM,1,1,,{channel},15RTgt0PAso;90TKcjM8h6g208CQ,0")), ref handler));
        Assert.Equal(0, handler.Messages);
        Assert.Equal(1, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.MalformedField));
    }

    [Fact]
    public void The_encoder_refuses_a_channel_the_decoder_would_reject() =>
        Assert.Throws<ArgumentException>(() => new AisSentenceEncoder(channel: 'C'));

    private struct Count : IAisMessageHandler
    {
        public int Messages;

        public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
            where TMessage : struct, IAisMessage<TMessage> => Messages++;
    }
}
