using Concert.Ais.Messages;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Type 23. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class GroupAssignmentCommandTests
{
    [Fact]
    public void Decodes_the_area_and_selection()
    {
        var message = TestPayloadsData.Decode<GroupAssignmentCommand>("!AIVDM,1,1,,B,G02:Kn01R`sn@291nj600000900,2*12");

        Assert.Equal(2268120u, message.Mmsi);
        Assert.Equal(1578, message.NeLongitudeRaw);
        Assert.Equal(2.63, message.NeLongitude!.Value, 6);
        Assert.Equal(30642, message.NeLatitudeRaw);
        Assert.Equal(6, message.StationType);
        Assert.Equal(0, message.ShipType);
        Assert.Equal(9, message.Interval);
        Assert.Equal(0, message.Quiet);
    }

    [Fact]
    public void Writes_gpsd_station_and_ship_type_texts()
    {
        var message = TestPayloadsData.Decode<GroupAssignmentCommand>("!AIVDM,1,1,,B,G02:Kn01R`sn@291nj600000900,2*12");

        Assert.Contains("\"stationtype_text\":\"Regional use and inland waterways\",\"shiptype\":0,\"shiptype_text\":\"Not available\"",
            TestPayloadsData.Gpsd(message, scaled: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_160_bits_or_more() => TestPayloadsData.AssertLengthRange(23, 160, Concert.Ais.Bits.PayloadArmor.MaxBits);
}
