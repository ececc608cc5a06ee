using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// IMO SN.1/Circ.289 text description: addressed (type 6, DAC 1, FI 30) or broadcast (type 8, DAC 1, FI 29). A linkage
/// identifier and free text to the end of the message. Field names after gpsd.
/// </summary>
/// <param name="Linkage">Message linkage identifier.</param>
/// <param name="Text">The text, cut at the first '@' and trimmed of trailing spaces as gpsd does.</param>
public sealed record TextDescription(int Linkage, string Text) : IAisApplication
{
    /// <summary>Decodes the application from the data after the FI.</summary>
    public static IAisApplication? Decode(in AisBitReader data) =>
        new TextDescription((int)data.UInt(0, 10), GpsdText.ToEnd(data, 10));

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("linkage"u8, Linkage);
        writer.Field("text"u8, Text);
    }
}
