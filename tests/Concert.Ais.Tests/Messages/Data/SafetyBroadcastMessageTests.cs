using Concert.Ais.Messages;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Type 14. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class SafetyBroadcastMessageTests
{
    [Fact]
    public void Decodes_the_text()
    {
        var message = TestPayloadsData.Decode<SafetyBroadcastMessage>("!AIVDM,1,1,,A,>3R1p10E3;;R0USCR0HO>0@gN10kGJp,2*7F");

        Assert.Equal(237008900u, message.Mmsi);
        Assert.Equal("EP228 IX48 FG3 DK7 PL56.", message.Text);
    }

    [Fact]
    public void An_empty_message_has_empty_text()
    {
        string bits = TestPayloadsData.Bits(14, 40);
        var message = Assert.IsType<SafetyBroadcastMessage>(TestPayloadsData.Decode(TestPayloadsData.PackBits(bits), bits.Length, out _));

        Assert.Equal(string.Empty, message.Text);
    }

    [Fact]
    public void Accepts_40_to_1008_bits() => TestPayloadsData.AssertLengthRange(14, 40, 1008);
}
