using Concert.Ais.Messages;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Type 22. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class ChannelManagementTests
{
    [Fact]
    public void Decodes_the_broadcast_area_form()
    {
        var message = TestPayloadsData.Decode<ChannelManagement>("!AIVDM,1,1,,A,F030ot22N2P6aoQbhe4736L20000,0*1A");

        Assert.False(message.Addressed);
        Assert.Equal(2087, message.ChannelA);
        Assert.Equal(2088, message.ChannelB);
        Assert.Equal(-44100, message.NeLongitudeRaw);
        Assert.Equal(-73.5, message.NeLongitude!.Value, 6);
        Assert.Equal(45.55, message.NeLatitude!.Value, 6);
        Assert.Equal(25400, message.SwLatitudeRaw);
        Assert.Equal(0u, message.Destination1);
        Assert.Equal(4, message.ZoneSize);
    }

    [Fact]
    public void Decodes_the_addressed_form()
    {
        var message = TestPayloadsData.Decode<ChannelManagement>("!AIVDM,1,1,,A,F@@W>gOP00PH=JrN9l000?wB2HH;,0*44");

        Assert.True(message.Addressed);
        Assert.True(message.Power);
        Assert.Equal(28144881u, message.Destination1);
        Assert.Equal(268435519u, message.Destination2);
        Assert.Null(message.NeLongitude);
        Assert.Equal(0, message.NeLongitudeRaw);
    }

    [Fact]
    public void Scaled_corners_are_quoted_strings_as_in_gpsd()
    {
        var message = TestPayloadsData.Decode<ChannelManagement>("!AIVDM,1,1,,A,F030ot22N2P6aoQbhe4736L20000,0*1A");

        Assert.Contains("\"ne_lon\":\"-73.500000\",\"ne_lat\":\"45.550000\"", TestPayloadsData.Gpsd(message, scaled: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_168_bits_or_more() => TestPayloadsData.AssertLengthRange(22, 168, Concert.Ais.Bits.PayloadArmor.MaxBits);
}
