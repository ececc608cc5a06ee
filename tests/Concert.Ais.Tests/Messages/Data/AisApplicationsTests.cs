using Concert.Ais.Bits;
using Concert.Ais.Messages;
using Concert.Ais.Messages.Applications;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>The DAC/FI application table and the application records' own rules.</summary>
public sealed class AisApplicationsTests
{
    [Theory]
    [InlineData(6, 1, 12, true)]
    [InlineData(6, 1, 30, true)]
    [InlineData(8, 1, 29, true)]
    [InlineData(8, 1, 31, true)]
    [InlineData(8, 200, 10, true)]
    [InlineData(6, 1, 11, false)]
    [InlineData(8, 1, 12, false)]
    [InlineData(8, 366, 56, false)]
    public void The_table_is_keyed_by_message_type_dac_and_fid(int type, int dac, int fid, bool known) =>
        Assert.Equal(known, AisApplications.IsKnown(type, dac, fid));

    [Fact]
    public void Text_description_is_the_same_application_addressed_and_broadcast()
    {
        // Linkage 1 then "HI" and padding.
        string data = "0000000001" + "001000" + "001001" + "000000";
        string addressed = TestPayloadsData.Bits(6, 72, "0") + "0000000001" + "011110" + data;
        string broadcast = TestPayloadsData.Bits(8, 40, "0") + "0000000001" + "011101" + data;

        var six = Assert.IsType<AddressedBinaryMessage>(TestPayloadsData.Decode(TestPayloadsData.PackBits(addressed), addressed.Length, out _));
        var eight = Assert.IsType<BinaryBroadcastMessage>(TestPayloadsData.Decode(TestPayloadsData.PackBits(broadcast), broadcast.Length, out _));

        Assert.Equal(new TextDescription(1, "HI"), six.Application);
        Assert.Equal(new TextDescription(1, "HI"), eight.Application);
    }

    [Fact]
    public void Imo236_tidal_window_prints_coordinates_on_gpsd_scale_and_keeps_its_own_units()
    {
        // Sample message: gpsdecode -j prints lon 279.3388 (16760328 / 60000) although IMO 236 gives 1/10,000 minute.
        var message = TestPayloadsData.Decode<AddressedBinaryMessage>("!AIVDM,1,1,,A,6h2E:81>NmKC04p0J<000?vv20Ru,0*31");

        var tidal = Assert.IsType<TidalWindow>(message.Application);
        Assert.Equal(14, tidal.Fid);
        Assert.Equal(600_000.0, tidal.UnitsPerDegree);
        Assert.Equal(16760328, Assert.Single(tidal.Windows).LongitudeRaw);
        Assert.Contains("\"lon\":279.3388,", TestPayloadsData.Gpsd(message, scaled: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Route_waypoints_past_the_message_end_read_as_zero()
    {
        // A route announcing 31 waypoints in a 168-bit message: gpsd lists 31, all but the first (cut) zero.
        string header = TestPayloadsData.Bits(8, 40, "0") + "0000000001" + "011011";
        string data = new string('0', 56) + "11111" + new string('1', 168 - 56 - 61);
        var message = Assert.IsType<BinaryBroadcastMessage>(TestPayloadsData.Decode(TestPayloadsData.PackBits(header + data), 168, out _));

        var route = Assert.IsType<RouteInformation>(message.Application);
        Assert.Equal(31, route.Waypoints.Count);
        Assert.Equal((0, 0), route.Waypoints[30]);
    }

    [Fact]
    public void Applications_gpsd_decodes_beyond_the_table_stay_raw()
    {
        // Deliberate gap: gpsd 3.22 also decodes IMO 289 marine traffic signals (8/1/19), printing invalid JSON (a missing
        // comma before "nextsignal_text"); Concert keeps such applications as raw data.
        string bits = TestPayloadsData.Bits(8, 40, "0") + "0000000001" + "010011" + new string('1', 300);
        var message = Assert.IsType<BinaryBroadcastMessage>(TestPayloadsData.Decode(TestPayloadsData.PackBits(bits), bits.Length, out _));

        Assert.Null(message.Application);
        Assert.Contains("\"fid\":19,\"data\":\"300:ffff", TestPayloadsData.Gpsd(message, scaled: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_data_compares_by_bits()
    {
        AisBinaryData first = AisBinaryData.FromBits([0xAB, 0xFF], 12);
        AisBinaryData second = AisBinaryData.FromBits([0xAB, 0xF0], 12);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal("12:abf0", first.ToString());
        Assert.NotEqual(first, AisBinaryData.FromBits([0xAB, 0xF0], 13));
        Assert.Equal(AisBinaryData.Empty, AisBinaryData.Read(new AisBitReader(new byte[PayloadArmor.MaxPackedBytes], 10), 20, -10));
    }
}
