using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// IMO SN.1/Circ.236 fairway closed (type 8, DAC 1, FI 13): the reason, the closed stretch and the closing period.
/// Field names after gpsd, which decodes it at any length, reading missing bits as zero.
/// </summary>
/// <param name="Reason">Reason for closing (20 characters).</param>
/// <param name="CloseFrom">Location the closure starts at (20 characters).</param>
/// <param name="CloseTo">Location the closure ends at (20 characters).</param>
/// <param name="Radius">Radius extension (10 bits).</param>
/// <param name="ExtensionUnit">Unit of the radius extension (0..3).</param>
/// <param name="FromDay">Closing day.</param>
/// <param name="FromMonth">Closing month.</param>
/// <param name="FromHour">Closing hour.</param>
/// <param name="FromMinute">Closing minute.</param>
/// <param name="ToDay">Reopening day.</param>
/// <param name="ToMonth">Reopening month.</param>
/// <param name="ToHour">Reopening hour.</param>
/// <param name="ToMinute">Reopening minute.</param>
public sealed record FairwayClosed(
    string Reason,
    string CloseFrom,
    string CloseTo,
    int Radius,
    int ExtensionUnit,
    int FromDay,
    int FromMonth,
    int FromHour,
    int FromMinute,
    int ToDay,
    int ToMonth,
    int ToHour,
    int ToMinute) : IAisApplication
{
    /// <summary>Decodes the application from the data after the FI.</summary>
    public static IAisApplication? Decode(in AisBitReader data) => new FairwayClosed(
        Reason: GpsdText.Read(data, 0, 20),
        CloseFrom: GpsdText.Read(data, 120, 20),
        CloseTo: GpsdText.Read(data, 240, 20),
        Radius: (int)data.UInt(360, 10),
        ExtensionUnit: (int)data.UInt(370, 2),
        FromDay: (int)data.UInt(372, 5),
        FromMonth: (int)data.UInt(377, 4),
        FromHour: (int)data.UInt(381, 5),
        FromMinute: (int)data.UInt(386, 6),
        ToDay: (int)data.UInt(392, 5),
        ToMonth: (int)data.UInt(397, 4),
        ToHour: (int)data.UInt(401, 5),
        ToMinute: (int)data.UInt(406, 6));

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("reason"u8, Reason);
        writer.Field("closefrom"u8, CloseFrom);
        writer.Field("closeto"u8, CloseTo);
        writer.Field("radius"u8, Radius);
        writer.Field("extunit"u8, ExtensionUnit);
        writer.Field("from"u8, GpsdPartialTimes.MonthDayTime(FromMonth, FromDay, FromHour, FromMinute));
        writer.Field("to"u8, GpsdPartialTimes.MonthDayTime(ToMonth, ToDay, ToHour, ToMinute));
    }
}
