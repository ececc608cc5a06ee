using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// Inland AIS number of persons on board (type 6, DAC 200, FI 55). Field names after gpsd, which decodes it only at
/// exactly 168 bits.
/// </summary>
/// <param name="Crew">Crew members on board (255 = not available).</param>
/// <param name="Passengers">Passengers on board (8191 = not available).</param>
/// <param name="Personnel">Shipboard personnel (255 = not available).</param>
/// <param name="Spare">The 51 spare bits after the counts.</param>
public sealed record InlandPersonsOnBoard(int Crew, int Passengers, int Personnel, AisBinaryData Spare) : IAisApplication
{
    /// <summary>The data length gpsd requires (168-bit message).</summary>
    public const int DataBits = 80;

    /// <summary>Decodes the application, or returns null unless the data is exactly <see cref="DataBits"/> long.</summary>
    public static IAisApplication? Decode(in AisBitReader data) => data.BitLength != DataBits ? null : new InlandPersonsOnBoard(
        Crew: (int)data.UInt(0, 8),
        Passengers: (int)data.UInt(8, 13),
        Personnel: (int)data.UInt(21, 8),
        Spare: AisBinaryData.Read(data, 29, DataBits - 29));

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("crew"u8, Crew);
        writer.Field("passengers"u8, Passengers);
        writer.Field("personnel"u8, Personnel);
    }
}
