using System.Globalization;
using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// Inland AIS EMMA weather warning (type 8, DAC 200, FI 23): a warning of a kind, intensity and wind direction for a
/// fairway stretch and period. Field names after gpsd, which decodes it only at exactly 256 bits.
/// </summary>
/// <remarks>
/// gpsd 3.22 prints the start as year-month-hour, minute-day (its arguments are out of order); <see cref="WriteGpsd"/>
/// does the same so the output matches, and the fields keep their true meaning.
/// </remarks>
/// <param name="StartYear">Start year since 2000.</param>
/// <param name="StartMonth">Start month.</param>
/// <param name="StartDay">Start day.</param>
/// <param name="EndYear">End year since 2000.</param>
/// <param name="EndMonth">End month.</param>
/// <param name="EndDay">End day.</param>
/// <param name="StartHour">Start hour.</param>
/// <param name="StartMinute">Start minute.</param>
/// <param name="EndHour">End hour.</param>
/// <param name="EndMinute">End minute.</param>
/// <param name="StartLongitudeRaw">Start of the fairway stretch, longitude in 1/10,000 minute (28 bits).</param>
/// <param name="StartLatitudeRaw">Start latitude in 1/10,000 minute (27 bits).</param>
/// <param name="EndLongitudeRaw">End of the stretch, longitude in 1/10,000 minute.</param>
/// <param name="EndLatitudeRaw">End latitude in 1/10,000 minute.</param>
/// <param name="Type">Warning type (0..9).</param>
/// <param name="Minimum">Minimum value (9 bits, signed).</param>
/// <param name="Maximum">Maximum value (9 bits, signed).</param>
/// <param name="Intensity">Classification: 0 slight, 1 medium, 2 strong.</param>
/// <param name="Wind">Wind direction (0 not available, 1 north … 8 north-west).</param>
/// <param name="Spare">The 6 spare bits.</param>
public sealed record InlandWeatherWarning(
    int StartYear,
    int StartMonth,
    int StartDay,
    int EndYear,
    int EndMonth,
    int EndDay,
    int StartHour,
    int StartMinute,
    int EndHour,
    int EndMinute,
    int StartLongitudeRaw,
    int StartLatitudeRaw,
    int EndLongitudeRaw,
    int EndLatitudeRaw,
    int Type,
    int Minimum,
    int Maximum,
    int Intensity,
    int Wind,
    int Spare) : IAisApplication
{
    /// <summary>The data length gpsd requires (256-bit message).</summary>
    public const int DataBits = 200;

    /// <summary>Decodes the application, or returns null unless the data is exactly <see cref="DataBits"/> long.</summary>
    public static IAisApplication? Decode(in AisBitReader data) => data.BitLength != DataBits ? null : new InlandWeatherWarning(
        StartYear: (int)data.UInt(0, 8),
        StartMonth: (int)data.UInt(8, 4),
        StartDay: (int)data.UInt(12, 5),
        EndYear: (int)data.UInt(17, 8),
        EndMonth: (int)data.UInt(25, 4),
        EndDay: (int)data.UInt(29, 5),
        StartHour: (int)data.UInt(34, 5),
        StartMinute: (int)data.UInt(39, 6),
        EndHour: (int)data.UInt(45, 5),
        EndMinute: (int)data.UInt(50, 6),
        StartLongitudeRaw: data.Int(56, 28),
        StartLatitudeRaw: data.Int(84, 27),
        EndLongitudeRaw: data.Int(111, 28),
        EndLatitudeRaw: data.Int(139, 27),
        Type: (int)data.UInt(166, 4),
        Minimum: data.Int(170, 9),
        Maximum: data.Int(179, 9),
        Intensity: (int)data.UInt(188, 2),
        Wind: (int)data.UInt(190, 4),
        Spare: (int)data.UInt(194, 6));

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("start"u8, string.Create(CultureInfo.InvariantCulture,
            $"{StartYear + 2000,4}-{StartMonth:D2}-{StartHour:D2}T{StartMinute:D2}:{StartDay:D2}"));
        writer.Field("end"u8, string.Create(CultureInfo.InvariantCulture,
            $"{EndYear + 2000,4}-{EndMonth:D2}-{EndDay:D2}T{EndHour:D2}:{EndMinute:D2}"));
        writer.FieldScaled("start_lon"u8, StartLongitudeRaw, 600_000.0, 6);
        writer.FieldScaled("start_lat"u8, StartLatitudeRaw, 600_000.0, 6);
        writer.FieldScaled("end_lon"u8, EndLongitudeRaw, 600_000.0, 6);
        writer.FieldScaled("end_lat"u8, EndLatitudeRaw, 600_000.0, 6);
        writer.Field("type"u8, Type);
        writer.FieldLiteral("type_text"u8, GpsdDataTexts.EmmaType(Type));
        writer.Field("min"u8, Minimum);
        writer.Field("max"u8, Maximum);
        writer.Field("class"u8, Intensity);
        writer.FieldLiteral("class_text"u8, GpsdDataTexts.EmmaClass(Intensity));
        writer.Field("wind"u8, Wind);
        writer.FieldLiteral("wind_text"u8, GpsdDataTexts.EmmaWind(Wind));
    }
}
