using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// IMO SN.1/Circ.236 extended ship static and voyage related data, broadcast (type 8, DAC 1, FI 15): the air draught.
/// Field names after gpsd, which decodes it at any length, reading missing bits as zero.
/// </summary>
/// <param name="AirDraughtRaw">Air draught in 0.1 m (11 bits; 0 = not available).</param>
public sealed record ExtendedShipStaticAirDraught(int AirDraughtRaw) : IAisApplication
{
    /// <summary>Air draught in metres, or null when not available.</summary>
    public double? AirDraughtMetres => AirDraughtRaw == 0 ? null : AirDraughtRaw / 10.0;

    /// <summary>Decodes the application from the data after the FI.</summary>
    public static IAisApplication? Decode(in AisBitReader data) => new ExtendedShipStaticAirDraught((int)data.UInt(0, 11));

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("airdraught"u8, AirDraughtRaw);
    }
}
