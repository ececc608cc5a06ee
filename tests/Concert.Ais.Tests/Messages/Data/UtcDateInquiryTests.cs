using Concert.Ais.Messages;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Type 10. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class UtcDateInquiryTests
{
    [Fact]
    public void Decodes_the_destination()
    {
        var message = TestPayloadsData.Decode<UtcDateInquiry>("!AIVDM,1,1,,B,:5MlU41GMK6@,0*6C");

        Assert.Equal(366814480u, message.Mmsi);
        Assert.Equal(366832740u, message.DestinationMmsi);
        Assert.Equal(AisBinaryData.Empty, message.Tail);
    }

    [Fact]
    public void Keeps_bits_past_72_that_gpsd_ignores()
    {
        string bits = TestPayloadsData.Bits(10, 90, "011");
        var message = Assert.IsType<UtcDateInquiry>(TestPayloadsData.Decode(TestPayloadsData.PackBits(bits), bits.Length, out _));

        Assert.Equal(18, message.Tail.BitCount);
        Assert.Equal(bits, TestPayloadsData.EncodeBits(message));
    }

    [Fact]
    public void Accepts_72_bits_or_more() => TestPayloadsData.AssertLengthRange(10, 72, Concert.Ais.Bits.PayloadArmor.MaxBits);
}
