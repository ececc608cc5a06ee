using Concert.Ais.Messages;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Type 25. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class SingleSlotBinaryMessageTests
{
    [Fact]
    public void Decodes_the_addressed_unstructured_form()
    {
        var message = TestPayloadsData.Decode<SingleSlotBinaryMessage>("!AIVDM,1,1,,A,I6SWo?8P00a3PKpEKEVj0?vNP<65,0*73");

        Assert.True(message.Addressed);
        Assert.False(message.Structured);
        Assert.Equal(134218384u, message.DestinationMmsi);
        Assert.Equal("98:e06f855b566c803fe7a0306140", message.Data.ToString());
    }

    [Fact]
    public void Decodes_the_broadcast_structured_form()
    {
        var message = TestPayloadsData.Decode<SingleSlotBinaryMessage>("!AIVDM,1,1,,A,I8IRGB40QPPa0:<HP::V=gwv0l48,0*0E");

        Assert.False(message.Addressed);
        Assert.True(message.Structured);
        Assert.Equal(134, message.ApplicationId);
        Assert.Equal(0u, message.DestinationMmsi);
        Assert.Equal(112, message.Data.BitCount);
    }

    [Theory]
    [InlineData("10", 69)]
    [InlineData("01", 55)]
    [InlineData("11", 85)]
    public void Rejects_a_message_too_short_for_its_flags(string flags, int bits)
    {
        string payload = TestPayloadsData.Bits(25, 38) + flags + new string('0', bits - 40);

        Assert.Equal(AisDecodeStatus.WrongBitLength, TestPayloadsData.Status(payload));
        Assert.Equal(AisDecodeStatus.Ok, TestPayloadsData.Status(payload + "0"));
    }

    [Fact]
    public void Accepts_40_to_168_bits() => TestPayloadsData.AssertLengthRange(25, 40, 168, "0");
}
