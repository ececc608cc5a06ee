using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// IMO SN.1/Circ.289 meteorological and hydrological data (type 8, DAC 1, FI 31). Raw values with the units of the
/// circular; field names after gpsd, which decodes it at any length, reading missing bits as zero.
/// </summary>
/// <param name="LongitudeRaw">Longitude in 1/1,000 minute (25 bits; 181° = not available).</param>
/// <param name="LatitudeRaw">Latitude in 1/1,000 minute (24 bits; 91° = not available).</param>
/// <param name="Accuracy">Position accuracy flag: true = high (under 10 m).</param>
/// <param name="Day">UTC day of the observation (0 = not available).</param>
/// <param name="Hour">UTC hour (24 = not available).</param>
/// <param name="Minute">UTC minute (60 = not available).</param>
/// <param name="WindSpeed">Average wind speed in knots (127 = not available).</param>
/// <param name="WindGust">Wind gust in knots (127 = not available).</param>
/// <param name="WindDirection">Wind direction in degrees (360 = not available).</param>
/// <param name="WindGustDirection">Wind gust direction in degrees (360 = not available).</param>
/// <param name="AirTemperatureRaw">Air temperature in 0.1 °C, signed (−1024 = not available).</param>
/// <param name="Humidity">Relative humidity in percent (101 = not available).</param>
/// <param name="DewPointRaw">Dew point in 0.1 °C, signed (501 = not available).</param>
/// <param name="PressureRaw">Air pressure in hPa offset by 799 (511 = not available).</param>
/// <param name="PressureTendency">Pressure tendency (0 steady, 1 decreasing, 2 increasing, 3 not available).</param>
/// <param name="VisibilityGreater">True when visibility exceeds the value given.</param>
/// <param name="VisibilityRaw">Horizontal visibility in 0.1 NM (127 = not available).</param>
/// <param name="WaterLevelRaw">Water level in 0.01 m offset by −10 m (4001 = not available).</param>
/// <param name="WaterLevelTrend">Water level trend (as the pressure tendency).</param>
/// <param name="CurrentSpeedRaw">Surface current speed in 0.1 knot (255 = not available).</param>
/// <param name="CurrentDirection">Surface current direction in degrees (360 = not available).</param>
/// <param name="CurrentSpeed2Raw">Current 2 speed in 0.1 knot.</param>
/// <param name="CurrentDirection2">Current 2 direction in degrees.</param>
/// <param name="CurrentDepth2">Current 2 measuring depth in 0.1 m (31 = not available).</param>
/// <param name="CurrentSpeed3Raw">Current 3 speed in 0.1 knot.</param>
/// <param name="CurrentDirection3">Current 3 direction in degrees.</param>
/// <param name="CurrentDepth3">Current 3 measuring depth in 0.1 m.</param>
/// <param name="WaveHeightRaw">Significant wave height in 0.1 m (255 = not available).</param>
/// <param name="WavePeriod">Wave period in seconds (63 = not available).</param>
/// <param name="WaveDirection">Wave direction in degrees (360 = not available).</param>
/// <param name="SwellHeightRaw">Swell height in 0.1 m.</param>
/// <param name="SwellPeriod">Swell period in seconds.</param>
/// <param name="SwellDirection">Swell direction in degrees.</param>
/// <param name="SeaState">Sea state, Beaufort scale (13 = not available).</param>
/// <param name="WaterTemperatureRaw">Water temperature in 0.1 °C, signed (501 = not available).</param>
/// <param name="PrecipitationType">Precipitation type, WMO code table 4.201 (7 = not available).</param>
/// <param name="SalinityRaw">Salinity in 0.1 ‰ (510 = not available, 511 = sensor absent).</param>
/// <param name="Ice">Ice (0 no, 1 yes, 3 not available).</param>
public sealed record MeteorologicalHydrologicalImo289(
    int LongitudeRaw,
    int LatitudeRaw,
    bool Accuracy,
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
    bool VisibilityGreater,
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
    public double? AirTemperatureCelsius => AirTemperatureRaw == -1024 ? null : AirTemperatureRaw / 10.0;

    /// <summary>Air pressure in hPa, or null when not available.</summary>
    public int? PressureHectopascals => PressureRaw > 402 ? null : PressureRaw + 799;

    /// <summary>Water level in metres, or null when not available.</summary>
    public double? WaterLevelMetres => WaterLevelRaw == 4001 ? null : (WaterLevelRaw - 1000) / 100.0;

    /// <summary>Decodes the application from the data after the FI.</summary>
    public static IAisApplication? Decode(in AisBitReader data) => new MeteorologicalHydrologicalImo289(
        LongitudeRaw: data.Int(0, 25),
        LatitudeRaw: data.Int(25, 24),
        Accuracy: data.Bool(49),
        Day: (int)data.UInt(50, 5),
        Hour: (int)data.UInt(55, 5),
        Minute: (int)data.UInt(60, 6),
        WindSpeed: (int)data.UInt(66, 7),
        WindGust: (int)data.UInt(73, 7),
        WindDirection: (int)data.UInt(80, 9),
        WindGustDirection: (int)data.UInt(89, 9),
        AirTemperatureRaw: data.Int(98, 11),
        Humidity: (int)data.UInt(109, 7),
        DewPointRaw: data.Int(116, 10),
        PressureRaw: (int)data.UInt(126, 9),
        PressureTendency: (int)data.UInt(135, 2),
        VisibilityGreater: data.Bool(137),
        VisibilityRaw: (int)data.UInt(138, 7),
        WaterLevelRaw: (int)data.UInt(145, 12),
        WaterLevelTrend: (int)data.UInt(157, 2),
        CurrentSpeedRaw: (int)data.UInt(159, 8),
        CurrentDirection: (int)data.UInt(167, 9),
        CurrentSpeed2Raw: (int)data.UInt(176, 8),
        CurrentDirection2: (int)data.UInt(184, 9),
        CurrentDepth2: (int)data.UInt(193, 5),
        CurrentSpeed3Raw: (int)data.UInt(198, 8),
        CurrentDirection3: (int)data.UInt(206, 9),
        CurrentDepth3: (int)data.UInt(215, 5),
        WaveHeightRaw: (int)data.UInt(220, 8),
        WavePeriod: (int)data.UInt(228, 6),
        WaveDirection: (int)data.UInt(234, 9),
        SwellHeightRaw: (int)data.UInt(243, 8),
        SwellPeriod: (int)data.UInt(251, 6),
        SwellDirection: (int)data.UInt(257, 9),
        SeaState: (int)data.UInt(266, 4),
        WaterTemperatureRaw: data.Int(270, 10),
        PrecipitationType: (int)data.UInt(280, 3),
        SalinityRaw: (int)data.UInt(283, 9),
        Ice: (int)data.UInt(292, 2));

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        bool scaled = writer.Scaled;
        writer.FieldScaled("lat"u8, LatitudeRaw, 60_000.0, 4);
        writer.FieldScaled("lon"u8, LongitudeRaw, 60_000.0, 4);
        writer.Field("accuracy"u8, Accuracy);
        writer.Field("timestamp"u8, GpsdPartialTimes.DayTimeUtc(Day, Hour, Minute));
        writer.Field("wspeed"u8, WindSpeed);
        writer.Field("wgust"u8, WindGust);
        writer.Field("wdir"u8, WindDirection);
        writer.Field("wgustdir"u8, WindGustDirection);
        writer.Field("humidity"u8, Humidity);
        if (scaled)
        {
            writer.FieldFixed("airtemp"u8, AirTemperatureRaw / 10.0, 1);
            writer.FieldFixed("dewpoint"u8, DewPointRaw / 10.0, 1);
            writer.Field("pressure"u8, PressureRaw + 799);
            writer.FieldLiteral("pressuretend"u8, GpsdDataTexts.Trend(PressureTendency));
            writer.Field("visgreater"u8, VisibilityGreater);
            writer.FieldFixed("visibility"u8, VisibilityRaw / 10.0, 1);
            // gpsd subtracts the offset in unsigned arithmetic: a level under the offset wraps around 2^32.
            writer.FieldFixed("waterlevel"u8, unchecked((uint)(WaterLevelRaw - 1000)) / 100.0, 1);
            writer.FieldLiteral("leveltrend"u8, GpsdDataTexts.Trend(WaterLevelTrend));
        }
        else
        {
            writer.Field("airtemp"u8, AirTemperatureRaw);
            writer.Field("dewpoint"u8, DewPointRaw);
            writer.Field("pressure"u8, PressureRaw);
            writer.Field("pressuretend"u8, PressureTendency);
            writer.Field("visgreater"u8, VisibilityGreater);
            writer.Field("visibility"u8, VisibilityRaw);
            writer.Field("waterlevel"u8, WaterLevelRaw);
            writer.Field("leveltrend"u8, WaterLevelTrend);
        }
        writer.FieldScaled("cspeed"u8, CurrentSpeedRaw, 10.0, 1);
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
            writer.FieldFixed("watertemp"u8, WaterTemperatureRaw / 10.0, 1);
            writer.FieldLiteral("preciptype"u8, GpsdDataTexts.PrecipitationType(PrecipitationType));
            writer.FieldFixed("salinity"u8, SalinityRaw / 10.0, 1);
            writer.FieldLiteral("ice"u8, GpsdDataTexts.Ice(Ice));
        }
        else
        {
            writer.Field("watertemp"u8, WaterTemperatureRaw);
            writer.Field("preciptype"u8, PrecipitationType);
            writer.Field("salinity"u8, SalinityRaw);
            writer.Field("ice"u8, Ice);
        }
    }
}
