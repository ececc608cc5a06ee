using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// Writes the fields gpsd prints as raw integers with <c>-u</c> and in real units otherwise, with gpsd's fixed number of
/// decimals (C's <c>%.Nf</c>). "Not available" codes are scaled like any value (gpsd prints lon 181.000000).
/// </summary>
internal static class GpsdScaledFields
{
    /// <summary>Degrees from 1/10,000 minute (gpsd's <c>AIS_LATLON_DIV</c>), printed with six decimals.</summary>
    public const double TenThousandthMinutes = 600_000.0;

    /// <summary>Degrees from 1/10 minute (gpsd's <c>AIS_LONGRANGE_LATLON_DIV</c>, type 27), printed with one decimal.</summary>
    public const double TenthMinutes = 600.0;

    /// <summary>Writes <c>"lon"</c> then <c>"lat"</c>.</summary>
    public static void Position(GpsdJsonWriter writer, int longitudeRaw, int latitudeRaw, double unitsPerDegree, int decimals)
    {
        Scaled(writer, "lon"u8, longitudeRaw, unitsPerDegree, decimals);
        Scaled(writer, "lat"u8, latitudeRaw, unitsPerDegree, decimals);
    }

    /// <summary>Writes a value kept in tenths (speed, course, draught): <c>%.1f</c> of raw / 10 when scaled.</summary>
    public static void Tenths(GpsdJsonWriter writer, ReadOnlySpan<byte> name, int raw) => Scaled(writer, name, raw, 10.0, 1);

    private static void Scaled(GpsdJsonWriter writer, ReadOnlySpan<byte> name, int raw, double divisor, int decimals)
    {
        if (writer.Scaled)
        {
            writer.FieldFixed(name, raw / divisor, decimals);
        }
        else
        {
            writer.Field(name, raw);
        }
    }
}
