using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// IMO SN.1/Circ.236 application 2, dangerous cargo indication (type 6, DAC 1, FI 12): last and next port of call with
/// times, and one dangerous good. Field names after gpsd. gpsd decodes it at any length, reading missing bits as zero.
/// </summary>
/// <param name="LastPort">UN/LOCODE of the last port of call (5 characters, trimmed).</param>
/// <param name="LastMonth">Month of departure from the last port (0 = not available).</param>
/// <param name="LastDay">Day of departure (0 = not available).</param>
/// <param name="LastHour">Hour of departure (24 = not available).</param>
/// <param name="LastMinute">Minute of departure (60 = not available).</param>
/// <param name="NextPort">UN/LOCODE of the next port of call.</param>
/// <param name="NextMonth">Month of arrival at the next port.</param>
/// <param name="NextDay">Day of arrival.</param>
/// <param name="NextHour">Hour of arrival.</param>
/// <param name="NextMinute">Minute of arrival.</param>
/// <param name="Dangerous">Main dangerous good (20 characters).</param>
/// <param name="ImdCategory">IMD category (4 characters).</param>
/// <param name="UnNumber">UN number (13 bits, 0 = not available).</param>
/// <param name="Amount">Amount of cargo (10 bits).</param>
/// <param name="Unit">Unit of the amount (0..3).</param>
public sealed record DangerousCargoIndication(
    string LastPort,
    int LastMonth,
    int LastDay,
    int LastHour,
    int LastMinute,
    string NextPort,
    int NextMonth,
    int NextDay,
    int NextHour,
    int NextMinute,
    string Dangerous,
    string ImdCategory,
    int UnNumber,
    int Amount,
    int Unit) : IAisApplication
{
    /// <summary>Decodes the application from the data after the FI.</summary>
    public static IAisApplication? Decode(in AisBitReader data) => new DangerousCargoIndication(
        LastPort: GpsdText.Read(data, 0, 5),
        LastMonth: (int)data.UInt(30, 4),
        LastDay: (int)data.UInt(34, 5),
        LastHour: (int)data.UInt(39, 5),
        LastMinute: (int)data.UInt(44, 6),
        NextPort: GpsdText.Read(data, 50, 5),
        NextMonth: (int)data.UInt(80, 4),
        NextDay: (int)data.UInt(84, 5),
        NextHour: (int)data.UInt(89, 5),
        NextMinute: (int)data.UInt(94, 6),
        Dangerous: GpsdText.Read(data, 100, 20),
        ImdCategory: GpsdText.Read(data, 220, 4),
        UnNumber: (int)data.UInt(244, 13),
        Amount: (int)data.UInt(257, 10),
        Unit: (int)data.UInt(267, 2));

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("lastport"u8, LastPort);
        writer.Field("departure"u8, GpsdPartialTimes.MonthDayTimeUtc(LastMonth, LastDay, LastHour, LastMinute));
        writer.Field("nextport"u8, NextPort);
        writer.Field("eta"u8, GpsdPartialTimes.MonthDayTimeUtc(NextMonth, NextDay, NextHour, NextMinute));
        writer.Field("dangerous"u8, Dangerous);
        writer.Field("imdcat"u8, ImdCategory);
        writer.Field("unid"u8, UnNumber);
        writer.Field("amount"u8, Amount);
        writer.Field("unit"u8, Unit);
    }
}
