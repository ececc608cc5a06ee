using Concert.Ais.Messages;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Type 16. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class AssignmentModeCommandTests
{
    [Fact]
    public void Decodes_one_assignment()
    {
        var message = TestPayloadsData.Decode<AssignmentModeCommand>("!AIVDM,1,1,,A,@01uEO@mMk7P<P00,0*18");

        Assert.False(message.HasSecondAssignment);
        Assert.Equal(224251000u, message.Mmsi1);
        Assert.Equal(200, message.Offset1);
        Assert.Equal(0, message.Increment1);
        Assert.Equal(0u, message.Mmsi2);
    }

    [Fact]
    public void Decodes_two_assignments()
    {
        var message = TestPayloadsData.Decode<AssignmentModeCommand>("!AIVDM,1,1,,B,@6STUk004lQ206bCKNOBAb6SJ@5s,0*74");

        Assert.True(message.HasSecondAssignment);
        Assert.Equal(315920u, message.Mmsi1);
        Assert.Equal(230137673u, message.Mmsi2);
        Assert.Equal(424, message.Offset2);
        Assert.Equal(419, message.Increment2);
    }

    [Fact]
    public void Below_144_bits_the_second_assignment_reads_as_zero_as_in_gpsd()
    {
        // 120 bits: gpsd reports the second assignment as zeros although bits 92..119 are set; they stay in Tail.
        string bits = TestPayloadsData.Bits(16, 120, "1");
        var message = Assert.IsType<AssignmentModeCommand>(TestPayloadsData.Decode(TestPayloadsData.PackBits(bits), bits.Length, out _));

        Assert.Equal(0u, message.Mmsi2);
        Assert.Equal(28, message.Tail.BitCount);
        Assert.EndsWith("\"mmsi2\":0,\"offset2\":0,\"increment2\":0}", TestPayloadsData.Gpsd(message, scaled: false), StringComparison.Ordinal);
        Assert.Equal(bits, TestPayloadsData.EncodeBits(message));
    }

    [Fact]
    public void Accepts_96_to_168_bits() => TestPayloadsData.AssertLengthRange(16, 96, 168);
}
