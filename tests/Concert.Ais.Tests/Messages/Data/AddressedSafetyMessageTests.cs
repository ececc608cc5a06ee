using Concert.Ais.Messages;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Type 12. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class AddressedSafetyMessageTests
{
    [Fact]
    public void Decodes_the_text()
    {
        var message = TestPayloadsData.Decode<AddressedSafetyMessage>("!AIVDM,1,1,,A,<02:oP0kKcv0@<51C5PB5@?BDPD?P:?2?EB7PDB16693P381>>5<PikP,0*37");

        Assert.Equal(2275200u, message.Mmsi);
        Assert.Equal(215724000u, message.DestinationMmsi);
        Assert.Equal(0, message.SequenceNumber);
        Assert.Equal("PLEASE REPORT TO JOBOURG TRAFFIC CHANNEL 13", message.Text);
    }

    [Fact]
    public void Decodes_a_text_spread_over_two_sentences()
    {
        var message = Assert.IsType<AddressedSafetyMessage>(TestPayloadsData.Decode(
        [
            "!AIVDM,2,1,1,A,<39KdV8jIGtP7E4P@=PjEP>P81@9P>5GPI9BP?<P4P25CP6B=P1<P6E:19B1,0*02",
            "!AIVDM,2,2,1,A,80,4*1B",
        ]));

        Assert.Equal("GUD PM 2U N HAPI NEW YIR OL D BES FRM AL FUJAIRAH", message.Text);
    }

    [Fact]
    public void Text_stops_at_the_first_padding_character_and_drops_trailing_spaces()
    {
        // "AB  @CD": gpsd stops at '@' and trims the spaces before it.
        string text = "000001" + "000010" + "100000" + "100000" + "000000" + "000011" + "000100";
        string bits = TestPayloadsData.Bits(12, 72, "0") + text;
        var message = Assert.IsType<AddressedSafetyMessage>(TestPayloadsData.Decode(TestPayloadsData.PackBits(bits), bits.Length, out _));

        Assert.Equal("AB", message.Text);
        Assert.Equal(bits, TestPayloadsData.EncodeBits(message));
    }

    [Fact]
    public void Accepts_72_to_1008_bits() => TestPayloadsData.AssertLengthRange(12, 72, 1008);
}
