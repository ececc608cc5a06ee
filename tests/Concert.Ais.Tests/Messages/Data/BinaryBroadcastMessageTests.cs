using Concert.Ais.Messages;
using Concert.Ais.Messages.Applications;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Type 8. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class BinaryBroadcastMessageTests
{
    [Fact]
    public void Decodes_imo236_meteorological_data()
    {
        var message = TestPayloadsData.Decode<BinaryBroadcastMessage>(
            "!AIVDO,1,1,4,B,8>jR06@0Bk3:wOli;<`WPhh<1rqVBQf2V@Pdt0J82avIM2b<<Rv1t<ot=@1,2*54");

        Assert.Equal(1, message.Dac);
        Assert.Equal(11, message.Fid);
        var meteo = Assert.IsType<MeteorologicalHydrologicalImo236>(message.Application);
        Assert.Equal(3197693, meteo.LatitudeRaw);
        Assert.Equal(742, meteo.AirTemperatureRaw);
        Assert.Equal(14.2, meteo.AirTemperatureCelsius!.Value, 6);
        Assert.Equal(1024, meteo.PressureHectopascals);
        Assert.Equal(6, meteo.PrecipitationType);
    }

    [Fact]
    public void Not_available_meteorological_values_are_null()
    {
        var message = TestPayloadsData.Decode<BinaryBroadcastMessage>(
            "!AIVDO,1,1,4,B,8>jR06@0Bk3:vOli;L`nwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwt1,2*0E");

        var meteo = Assert.IsType<MeteorologicalHydrologicalImo236>(message.Application);
        Assert.Equal(2047, meteo.AirTemperatureRaw);
        Assert.Null(meteo.AirTemperatureCelsius);
        Assert.Null(meteo.PressureHectopascals);
    }

    [Fact]
    public void Decodes_imo289_meteorological_data()
    {
        var message = TestPayloadsData.Decode<BinaryBroadcastMessage>(
            "!AIVDO,1,1,5,A,8>jR06@0Gwli:QQUP3en?wvlFR06EuOwgwl?wnSwe7wvlOwwsAwwnSGmwvh0,0*51");

        var meteo = Assert.IsType<MeteorologicalHydrologicalImo289>(message.Application);
        Assert.Equal(-1024, meteo.AirTemperatureRaw);
        Assert.Null(meteo.AirTemperatureCelsius);
        Assert.Equal(4001, meteo.WaterLevelRaw);
        Assert.Null(meteo.WaterLevelMetres);
        Assert.Equal(101, meteo.Humidity);
    }

    [Fact]
    public void Imo289_water_level_under_the_offset_wraps_in_scaled_output_as_in_gpsd()
    {
        // gpsd computes (unsigned)(level - 1000) / 100: a level of 999 (−0.01 m) prints as 42949673.0. Checked against
        // gpsdecode -j; Concert prints the same for compatibility, and WaterLevelMetres gives the true value.
        string bits = TestPayloadsData.Bits(8, 56, "0")[..40] + "0000000001" + "011111" + new string('0', 145)
            + "001111100111" + new string('0', 350 - 145 - 12);
        var message = Assert.IsType<BinaryBroadcastMessage>(TestPayloadsData.Decode(TestPayloadsData.PackBits(bits), bits.Length, out _));

        var meteo = Assert.IsType<MeteorologicalHydrologicalImo289>(message.Application);
        Assert.Equal(999, meteo.WaterLevelRaw);
        Assert.Equal(-0.01, meteo.WaterLevelMetres!.Value, 6);
        Assert.Contains("\"waterlevel\":42949673.0,", TestPayloadsData.Gpsd(message, scaled: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Decodes_inland_ship_static_data()
    {
        var message = TestPayloadsData.Decode<BinaryBroadcastMessage>("!AIVDM,1,1,,B,83aDChPj2d<dL<uM=hhhI?a@6HP0,0*40");

        var inland = Assert.IsType<InlandShipStaticData>(message.Application);
        Assert.Equal("02103547", inland.Vin);
        Assert.Equal(390, inland.LengthRaw);
        Assert.Equal(39.0, inland.LengthMetres);
        Assert.Equal(8010, inland.ShipType);
        Assert.Equal(1, inland.Loaded);
    }

    [Fact]
    public void Inland_static_data_of_another_length_stays_raw_as_in_gpsd()
    {
        var message = Assert.IsType<BinaryBroadcastMessage>(TestPayloadsData.Decode(
        [
            "!AIVDM,2,1,4,A,83aDChPj2d<dL<uM=hhhI?a@6HP0e9QvUEEEOPPrE4t880>p2JqA6wimt:Ow,0*22",
            "!AIVDM,2,2,4,A,UPP8k;JvOeD,2*7F",
        ]));

        Assert.Equal(200, message.Dac);
        Assert.Null(message.Application);
        Assert.Equal(368, message.Data.BitCount);
    }

    [Fact]
    public void Inland_static_data_with_a_hazard_code_above_5_stays_raw_as_in_gpsd()
    {
        string header = TestPayloadsData.Bits(8, 40, "0") + "0011001000" + "001010";
        string body = new string('0', 85) + "110" + new string('0', 24);
        var message = Assert.IsType<BinaryBroadcastMessage>(
            TestPayloadsData.Decode(TestPayloadsData.PackBits(header + body), 168, out _));

        Assert.Null(message.Application);
    }

    [Fact]
    public void Keeps_unknown_applications_raw_with_the_bits_after_the_data_cleared()
    {
        var message = TestPayloadsData.Decode<BinaryBroadcastMessage>("!AIVDM,1,1,,A,85Mwp`1Kf3aCnsNvBWLi=wQuNhA5t43N`5nCuI=p<IBfVqnMgPGs,0*47");

        Assert.Equal(366, message.Dac);
        Assert.Equal(56, message.Fid);
        Assert.Equal("256:3a53dbb7be4a773137f87d7b0445f040dea05d93f593783194ae9b9d9dbe05fb", message.Data.ToString());
    }

    [Fact]
    public void Accepts_56_to_1008_bits() => TestPayloadsData.AssertLengthRange(8, 56, 1008);
}
