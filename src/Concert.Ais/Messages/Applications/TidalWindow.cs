using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// Tidal window (type 6, DAC 1): FI 14 of IMO SN.1/Circ.236 and FI 32 of IMO SN.1/Circ.289, which differ in field
/// widths but print alike in gpsd. Field names after gpsd.
/// </summary>
/// <remarks>
/// gpsd reads a window wherever one starts before the message end (93 bits per window for FI 14, 88 for FI 32),
/// filling a cut window with zeros, and prints the FI 14 coordinates with FI 32's 1/1,000-minute scale;
/// <see cref="WriteGpsd"/> does the same so the output matches.
/// </remarks>
/// <param name="Fid">14 (IMO 236) or 32 (IMO 289).</param>
/// <param name="Month">Month (0 = not available).</param>
/// <param name="Day">Day (0 = not available).</param>
/// <param name="Windows">The tidal windows in message order.</param>
public sealed record TidalWindow(int Fid, int Month, int Day, IReadOnlyList<TidalWindowEntry> Windows) : IAisApplication
{
    private const int WindowsOffset = 9;

    /// <summary>Decodes FI 14 (IMO 236): windows of 93 bits with 27/28-bit coordinates.</summary>
    public static IAisApplication? DecodeImo236(in AisBitReader data)
    {
        var windows = new List<TidalWindowEntry>();
        for (int a = WindowsOffset; a <= data.BitLength; a += 93)
        {
            windows.Add(new TidalWindowEntry(
                LongitudeRaw: data.Int(a + 27, 28),
                LatitudeRaw: data.Int(a, 27),
                FromHour: (int)data.UInt(a + 55, 5),
                FromMinute: (int)data.UInt(a + 60, 6),
                ToHour: (int)data.UInt(a + 66, 5),
                ToMinute: (int)data.UInt(a + 71, 6),
                CurrentDirection: (int)data.UInt(a + 77, 9),
                CurrentSpeedRaw: (int)data.UInt(a + 86, 7)));
        }
        return new TidalWindow(14, (int)data.UInt(0, 4), (int)data.UInt(4, 5), windows);
    }

    /// <summary>Decodes FI 32 (IMO 289): windows of 88 bits with 25/24-bit coordinates.</summary>
    public static IAisApplication? DecodeImo289(in AisBitReader data)
    {
        var windows = new List<TidalWindowEntry>();
        for (int a = WindowsOffset; a <= data.BitLength; a += 88)
        {
            windows.Add(new TidalWindowEntry(
                LongitudeRaw: data.Int(a, 25),
                LatitudeRaw: data.Int(a + 25, 24),
                FromHour: (int)data.UInt(a + 49, 5),
                FromMinute: (int)data.UInt(a + 54, 6),
                ToHour: (int)data.UInt(a + 60, 5),
                ToMinute: (int)data.UInt(a + 65, 6),
                CurrentDirection: (int)data.UInt(a + 71, 9),
                CurrentSpeedRaw: (int)data.UInt(a + 80, 8)));
        }
        return new TidalWindow(32, (int)data.UInt(0, 4), (int)data.UInt(4, 5), windows);
    }

    /// <summary>Raw coordinate units per degree for this FI: 600,000 (IMO 236) or 60,000 (IMO 289).</summary>
    public double UnitsPerDegree => Fid == 14 ? 600_000.0 : 60_000.0;

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("month"u8, Month);
        writer.Field("day"u8, Day);
        writer.BeginArray("tidals"u8);
        foreach (TidalWindowEntry window in Windows)
        {
            writer.BeginObject();
            // gpsd divides by 60,000 for both FIs.
            writer.FieldScaled("lon"u8, window.LongitudeRaw, 60_000.0, 4);
            writer.FieldScaled("lat"u8, window.LatitudeRaw, 60_000.0, 4);
            writer.Field("from_hour"u8, window.FromHour);
            writer.Field("from_min"u8, window.FromMinute);
            writer.Field("to_hour"u8, window.ToHour);
            writer.Field("to_min"u8, window.ToMinute);
            writer.Field("cdir"u8, window.CurrentDirection);
            writer.FieldScaled("cspeed"u8, window.CurrentSpeedRaw, 10.0, 1);
            writer.EndObject();
        }
        writer.EndArray();
    }
}
