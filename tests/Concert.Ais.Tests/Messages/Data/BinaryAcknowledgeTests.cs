using Concert.Ais.Messages;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Types 7 and 13. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class BinaryAcknowledgeTests
{
    [Fact]
    public void Decodes_one_acknowledgement()
    {
        var message = TestPayloadsData.Decode<BinaryAcknowledge>("!AIVDM,1,1,,A,702R5`hwCjq8,0*6B");

        Assert.Equal(7, message.MessageType);
        Assert.Equal(2655651u, message.Mmsi);
        Assert.Equal(265538450u, message.Mmsi1);
        Assert.Equal(0u, message.Mmsi2);
        Assert.Equal(1, message.AcknowledgementCount);
    }

    [Fact]
    public void Reads_an_entry_cut_by_the_message_end_as_gpsd_does()
    {
        // 128 bits: two whole acknowledgements and 24 bits of a third, which gpsd reads with its missing bits as zero.
        var message = TestPayloadsData.Decode<BinaryAcknowledge>("!AIVDM,1,1,,A,7IiQ4T`UjA9lC;b:M<MWE@,4*01");

        Assert.Equal(128, message.BitLength);
        Assert.Equal(2, message.AcknowledgementCount);
        Assert.Equal(158483613u, message.Mmsi1);
        Assert.Equal(321823389u, message.Mmsi2);
        Assert.Equal(836359488u, message.Mmsi3);
        Assert.Equal(0u, message.Mmsi4);
    }

    [Fact]
    public void Type_13_shares_the_record()
    {
        var message = TestPayloadsData.Decode<BinaryAcknowledge>("!AIVDM,1,1,,A,=39UOj0jFs9R,0*65");

        Assert.Equal(13, message.MessageType);
        Assert.Equal(211217560u, message.Mmsi1);
    }

    [Fact]
    public void A_cut_entry_encodes_back_to_the_same_length()
    {
        string bits = TestPayloadsData.Bits(7, 150, "110");
        var message = Assert.IsType<BinaryAcknowledge>(TestPayloadsData.Decode(TestPayloadsData.PackBits(bits), bits.Length, out _));

        Assert.Equal(bits, TestPayloadsData.EncodeBits(message));
    }

    [Fact]
    public void Accepts_72_to_168_bits()
    {
        TestPayloadsData.AssertLengthRange(7, 72, 168);
        TestPayloadsData.AssertLengthRange(13, 72, 168);
    }
}
