using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// IMO SN.1/Circ.236 application 1, meteorological and hydrological data (type 8, DAC 1, FI 11). Raw values with the
/// units of the circular; field names after gpsd, which decodes it at any length, reading missing bits as zero.
/// </summary>
/// <param name="LatitudeRaw">Latitude in 1/1,000 minute (24 bits; 91° = not available).</param>
/// <param name="LongitudeRaw">Longitude in 1/1,000 minute (25 bits; 181° = not available).</param>
/// <param name="Day">UTC day of the observation.</param>
/// <param name="Hour">UTC hour.</param>
/// <param name="Minute">UTC minute.</param>
/// <param name="WindSpeed">Average wind speed in knots (127 = not available).</param>
/// <param name="WindGust">Wind gust in knots (127 = not available).</param>
/// <param name="WindDirection">Wind direction in degrees (511 = not available).</param>
/// <param name="WindGustDirection">Wind gust direction in degrees (511 = not available).</param>
/// <param name="AirTemperatureRaw">Air temperature in 0.1 °C offset by −60 °C (2047 = not available).</param>
/// <param name="Humidity">Relative humidity in percent (127 = not available).</param>
/// <param name="DewPointRaw">Dew point in 0.1 °C offset by −20 °C (1023 = not available).</param>
/// <param name="PressureRaw">Air pressure in hPa offset by 800 (511 = not available).</param>
/// <param name="PressureTendency">Pressure tendency (0 steady, 1 increasing, 2 decreasing, 3 not available).</param>
/// <param name="VisibilityRaw">Horizontal visibility in 0.1 NM (255 = not available).</param>
/// <param name="WaterLevelRaw">Water level in 0.1 m offset by −10 m (511 = not available).</param>
/// <param name="WaterLevelTrend">Water level trend (as the pressure tendency).</param>
/// <param name="CurrentSpeedRaw">Surface current speed in 0.1 knot (255 = not available).</param>
/// <param name="CurrentDirection">Surface current direction in degrees (511 = not available).</param>
/// <param name="CurrentSpeed2Raw">Current 2 speed in 0.1 knot.</param>
/// <param name="CurrentDirection2">Current 2 direction in degrees.</param>
/// <param name="CurrentDepth2">Current 2 measuring depth in metres (31 = not available).</param>
/// <param name="CurrentSpeed3Raw">Current 3 speed in 0.1 knot.</param>
/// <param name="CurrentDirection3">Current 3 direction in degrees.</param>
/// <param name="CurrentDepth3">Current 3 measuring depth in metres.</param>
/// <param name="WaveHeightRaw">Significant wave height in 0.1 m (255 = not available).</param>
/// <param name="WavePeriod">Wave period in seconds (63 = not available).</param>
/// <param name="WaveDirection">Wave direction in degrees (511 = not available).</param>
/// <param name="SwellHeightRaw">Swell height in 0.1 m.</param>
/// <param name="SwellPeriod">Swell period in seconds.</param>
/// <param name="SwellDirection">Swell direction in degrees.</param>
/// <param name="SeaState">Sea state, Beaufort scale (15 = not available).</param>
/// <param name="WaterTemperatureRaw">Water temperature in 0.1 °C offset by −10 °C (1023 = not available).</param>
/// <param name="PrecipitationType">Precipitation type, WMO code table 4.201 (7 = not available).</param>
/// <param name="SalinityRaw">Salinity in 0.1 ‰ (511 = not available).</param>
/// <param name="Ice">Ice (0 no, 1 yes, 3 not available).</param>
public sealed record MeteorologicalHydrologicalImo236(
    int LatitudeRaw,
    int LongitudeRaw,
    int Day,
    int Hour,
    int Minute,
    int WindSpeed,
    int WindGust,
    int WindDirection,
    int WindGustDirection,
    int AirTemperatureRaw,
    int Humidity,
    int DewPointRaw,
    int PressureRaw,
    int PressureTendency,
    int VisibilityRaw,
    int WaterLevelRaw,
    int WaterLevelTrend,
    int CurrentSpeedRaw,
    int CurrentDirection,
    int CurrentSpeed2Raw,
    int CurrentDirection2,
    int CurrentDepth2,
    int CurrentSpeed3Raw,
    int CurrentDirection3,
    int CurrentDepth3,
    int WaveHeightRaw,
    int WavePeriod,
    int WaveDirection,
    int SwellHeightRaw,
    int SwellPeriod,
    int SwellDirection,
    int SeaState,
    int WaterTemperatureRaw,
    int PrecipitationType,
    int SalinityRaw,
    int Ice) : IAisApplication
{
    /// <summary>Latitude in degrees, or null when not available.</summary>
    public double? Latitude => Coordinates.Latitude(LatitudeRaw, 60_000.0);

    /// <summary>Longitude in degrees, or null when not available.</summary>
    public double? Longitude => Coordinates.Longitude(LongitudeRaw, 60_000.0);

    /// <summary>Air temperature in °C, or null when not available.</summary>
    public double? AirTemperatureCelsius => AirTemperatureRaw == 2047 ? null : (AirTemperatureRaw - 600) / 10.0;

    /// <summary>Air pressure in hPa, or null when not available.</summary>
    public int? PressureHectopascals => PressureRaw == 511 ? null : PressureRaw + 800;

    /// <summary>Decodes the application from the data after the FI.</summary>
    public static IAisApplication? Decode(in AisBitReader data) => new MeteorologicalHydrologicalImo236(
        LatitudeRaw: data.Int(0, 24),
        LongitudeRaw: data.Int(24, 25),
        Day: (int)data.UInt(49, 5),
        Hour: (int)data.UInt(54, 5),
        Minute: (int)data.UInt(59, 6),
        WindSpeed: (int)data.UInt(65, 7),
        WindGust: (int)data.UInt(72, 7),
        WindDirection: (int)data.UInt(79, 9),
        WindGustDirection: (int)data.UInt(88, 9),
        AirTemperatureRaw: (int)data.UInt(97, 11),
        Humidity: (int)data.UInt(108, 7),
        DewPointRaw: (int)data.UInt(115, 10),
        PressureRaw: (int)data.UInt(125, 9),
        PressureTendency: (int)data.UInt(134, 2),
        VisibilityRaw: (int)data.UInt(136, 8),
        WaterLevelRaw: (int)data.UInt(144, 9),
        WaterLevelTrend: (int)data.UInt(153, 2),
        CurrentSpeedRaw: (int)data.UInt(155, 8),
        CurrentDirection: (int)data.UInt(163, 9),
        CurrentSpeed2Raw: (int)data.UInt(172, 8),
        CurrentDirection2: (int)data.UInt(180, 9),
        CurrentDepth2: (int)data.UInt(189, 5),
        CurrentSpeed3Raw: (int)data.UInt(194, 8),
        CurrentDirection3: (int)data.UInt(202, 9),
        CurrentDepth3: (int)data.UInt(211, 5),
        WaveHeightRaw: (int)data.UInt(216, 8),
        WavePeriod: (int)data.UInt(224, 6),
        WaveDirection: (int)data.UInt(230, 9),
        SwellHeightRaw: (int)data.UInt(239, 8),
        SwellPeriod: (int)data.UInt(247, 6),
        SwellDirection: (int)data.UInt(253, 9),
        SeaState: (int)data.UInt(262, 4),
        WaterTemperatureRaw: (int)data.UInt(266, 10),
        PrecipitationType: (int)data.UInt(276, 3),
        SalinityRaw: (int)data.UInt(279, 9),
        Ice: (int)data.UInt(288, 2));

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        bool scaled = writer.Scaled;
        writer.FieldScaled("lat"u8, LatitudeRaw, 60_000.0, 4);
        writer.FieldScaled("lon"u8, LongitudeRaw, 60_000.0, 4);
        writer.Field("timestamp"u8, GpsdPartialTimes.DayTimeUtc(Day, Hour, Minute));
        writer.Field("wspeed"u8, WindSpeed);
        writer.Field("wgust"u8, WindGust);
        writer.Field("wdir"u8, WindDirection);
        writer.Field("wgustdir"u8, WindGustDirection);
        writer.Field("humidity"u8, Humidity);
        if (scaled)
        {
            // gpsd applies the offsets and divisors without testing for "not available".
            writer.FieldFixed("airtemp"u8, (AirTemperatureRaw - 600) / 10.0, 1);
            writer.FieldFixed("dewpoint"u8, (DewPointRaw - 200) / 10.0, 1);
            writer.Field("pressure"u8, PressureRaw + 800);
            writer.FieldLiteral("pressuretend"u8, GpsdDataTexts.Trend(PressureTendency));
            writer.FieldFixed("visibility"u8, VisibilityRaw / 10.0, 1);
            writer.FieldFixed("waterlevel"u8, (WaterLevelRaw - 100) / 10.0, 1);
            writer.FieldLiteral("leveltrend"u8, GpsdDataTexts.Trend(WaterLevelTrend));
            writer.FieldFixed("cspeed"u8, CurrentSpeedRaw / 10.0, 1);
        }
        else
        {
            writer.Field("airtemp"u8, AirTemperatureRaw);
            writer.Field("dewpoint"u8, DewPointRaw);
            writer.Field("pressure"u8, PressureRaw);
            writer.Field("pressuretend"u8, PressureTendency);
            writer.Field("visibility"u8, VisibilityRaw);
            writer.Field("waterlevel"u8, WaterLevelRaw);
            writer.Field("leveltrend"u8, WaterLevelTrend);
            writer.Field("cspeed"u8, CurrentSpeedRaw);
        }
        writer.Field("cdir"u8, CurrentDirection);
        writer.FieldScaled("cspeed2"u8, CurrentSpeed2Raw, 10.0, 1);
        writer.Field("cdir2"u8, CurrentDirection2);
        writer.Field("cdepth2"u8, CurrentDepth2);
        writer.FieldScaled("cspeed3"u8, CurrentSpeed3Raw, 10.0, 1);
        writer.Field("cdir3"u8, CurrentDirection3);
        writer.Field("cdepth3"u8, CurrentDepth3);
        writer.FieldScaled("waveheight"u8, WaveHeightRaw, 10.0, 1);
        writer.Field("waveperiod"u8, WavePeriod);
        writer.Field("wavedir"u8, WaveDirection);
        writer.FieldScaled("swellheight"u8, SwellHeightRaw, 10.0, 1);
        writer.Field("swellperiod"u8, SwellPeriod);
        writer.Field("swelldir"u8, SwellDirection);
        writer.Field("seastate"u8, SeaState);
        if (scaled)
        {
            writer.FieldFixed("watertemp"u8, (WaterTemperatureRaw - 100) / 10.0, 1);
        }
        else
        {
            writer.Field("watertemp"u8, WaterTemperatureRaw);
        }
        writer.Field("preciptype"u8, PrecipitationType);
        writer.FieldLiteral("preciptype_text"u8, GpsdDataTexts.PrecipitationType(PrecipitationType));
        writer.FieldScaled("salinity"u8, SalinityRaw, 10.0, 1);
        writer.Field("ice"u8, Ice);
        writer.FieldLiteral("ice_text"u8, GpsdDataTexts.Ice(Ice));
    }
}
