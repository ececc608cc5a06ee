using System.Globalization;
using System.Text;
using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// The lock, bridge or terminal named by the inland ETA and RTA messages (type 6, DAC 200, FI 21 and 22), with the
/// time the message gives for it.
/// </summary>
/// <param name="Country">UN country code (2 characters).</param>
/// <param name="Locode">UN/LOCODE location (3 characters).</param>
/// <param name="Section">Fairway section number (5 characters).</param>
/// <param name="Terminal">Terminal code (5 characters).</param>
/// <param name="Hectometre">Fairway hectometre (5 characters).</param>
/// <param name="Month">Month (0 = not available).</param>
/// <param name="Day">Day (0 = not available).</param>
/// <param name="Hour">Hour (24 = not available).</param>
/// <param name="Minute">Minute (60 = not available).</param>
public sealed record InlandLockLocation(
    string Country,
    string Locode,
    string Section,
    string Terminal,
    string Hectometre,
    int Month,
    int Day,
    int Hour,
    int Minute)
{
    /// <summary>Reads the location and time from the first 140 bits of the data.</summary>
    public static InlandLockLocation Read(in AisBitReader data) => new(
        Country: GpsdText.Read(data, 0, 2),
        Locode: GpsdText.Read(data, 12, 3),
        Section: GpsdText.Read(data, 30, 5),
        Terminal: GpsdText.Read(data, 60, 5),
        Hectometre: GpsdText.Read(data, 90, 5),
        Month: (int)data.UInt(120, 4),
        Day: (int)data.UInt(124, 5),
        Hour: (int)data.UInt(129, 5),
        Minute: (int)data.UInt(134, 6));

    /// <summary>Writes the fields as gpsd does: texts without JSON escaping and the time as <c>%u-%uT%u:%u</c>.</summary>
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.FieldLiteral("country"u8, Encoding.ASCII.GetBytes(Country));
        writer.FieldLiteral("locode"u8, Encoding.ASCII.GetBytes(Locode));
        writer.FieldLiteral("section"u8, Encoding.ASCII.GetBytes(Section));
        writer.FieldLiteral("terminal"u8, Encoding.ASCII.GetBytes(Terminal));
        writer.FieldLiteral("hectometre"u8, Encoding.ASCII.GetBytes(Hectometre));
        writer.Field("eta"u8, string.Create(CultureInfo.InvariantCulture, $"{Month}-{Day}T{Hour}:{Minute}"));
    }
}
