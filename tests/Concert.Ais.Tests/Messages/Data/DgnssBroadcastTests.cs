using Concert.Ais.Messages;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Type 17. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class DgnssBroadcastTests
{
    [Fact]
    public void Decodes_the_reference_position_and_keeps_the_corrections_raw()
    {
        var message = Assert.IsType<DgnssBroadcast>(TestPayloadsData.Decode(
        [
            "!AIVDM,2,1,5,A,A02VqLPA4I6C07h5Ed1h<OrsuBTTwS?r:C?w`?la<gno1RTRwSP9:BcurA8a,0*3A",
            "!AIVDM,2,2,5,A,:Oko02TSwu8<:Jbb,0*11",
        ]));

        Assert.Equal(2734450u, message.Mmsi);
        Assert.Equal(17478, message.LongitudeRaw);
        Assert.Equal(35992, message.LatitudeRaw);
        Assert.Equal(29.13, message.Longitude!.Value, 6);
        Assert.Equal(59.986667, message.Latitude!.Value, 6);
        Assert.Equal(376, message.Data.BitCount);
        Assert.StartsWith("376:7c0556c07031", message.Data.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unavailable_position_is_null()
    {
        // 181° = 108,600 tenths of a minute does not fit 18 signed bits; gpsd's "not available" reads as out of range.
        string bits = TestPayloadsData.Bits(17, 40, "0") + Convert.ToString(0x1FFFF, 2).PadLeft(18, '0') + "01" + new string('1', 15) + new string('0', 5);
        var message = Assert.IsType<DgnssBroadcast>(TestPayloadsData.Decode(TestPayloadsData.PackBits(bits), bits.Length, out _));

        Assert.Equal(131071, message.LongitudeRaw);
        Assert.Null(message.Longitude);
        Assert.Null(message.Latitude);
    }

    [Fact]
    public void Accepts_80_to_816_bits() => TestPayloadsData.AssertLengthRange(17, 80, 816);
}
