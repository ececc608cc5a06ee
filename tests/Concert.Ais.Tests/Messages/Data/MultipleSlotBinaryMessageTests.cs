using Concert.Ais.Messages;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Type 26. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class MultipleSlotBinaryMessageTests
{
    [Fact]
    public void Decodes_the_addressed_structured_form()
    {
        var message = TestPayloadsData.Decode<MultipleSlotBinaryMessage>("!AIVDM,1,1,,A,JB3R0GO7p>vQL8tjw0b5hqpd0706kh9d3lR2vbl0400,2*40");

        Assert.True(message.Addressed);
        Assert.True(message.Structured);
        Assert.Equal(838351848u, message.DestinationMmsi);
        Assert.Equal(23587, message.ApplicationId);
        Assert.Equal(150, message.Data.BitCount);
    }

    [Fact]
    public void Gpsd_output_prints_radio_as_zero_while_the_record_keeps_it()
    {
        // gpsd 3.22 never decodes the type 26 communication state and prints "radio":0; Concert prints the same and
        // keeps the real value in Radio.
        var message = TestPayloadsData.Decode<MultipleSlotBinaryMessage>("!AIVDM,1,1,,A,J1@@0IK70PGgT740000000000@000?D0ih1e00006JlPC9C3,0*6B");

        Assert.NotEqual(0, message.Radio);
        Assert.EndsWith("\"radio\":0}", TestPayloadsData.Gpsd(message, scaled: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, 1, 7)]
    [InlineData(true, 1, 1)]
    [InlineData(true, 2, 0)]
    [InlineData(true, 3, 5)]
    [InlineData(false, 0, 0)]
    public void Gpsd_hex_ends_with_the_bits_gpsd_copied_after_the_data(bool addressed, int dataBitsModEight, int expected)
    {
        // Measured with gpsdecode 3.22: a partial last byte shows the communication state as far as gpsd's copy reached.
        Assert.Equal(expected, MultipleSlotBinaryMessage.GpsdFollowingBits(addressed, 64 + dataBitsModEight));
    }

    [Fact]
    public void Rejects_a_message_too_short_for_its_flags_and_communication_state()
    {
        string payload = TestPayloadsData.Bits(26, 38) + "11" + new string('0', 105 - 40);

        Assert.Equal(AisDecodeStatus.WrongBitLength, TestPayloadsData.Status(payload));
        Assert.Equal(AisDecodeStatus.Ok, TestPayloadsData.Status(payload + "0"));
    }

    [Fact]
    public void Accepts_60_to_1004_bits() => TestPayloadsData.AssertLengthRange(26, 60, 1004, "0");
}
