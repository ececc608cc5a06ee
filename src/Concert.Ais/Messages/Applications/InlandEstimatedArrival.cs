using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// Inland AIS ETA at lock, bridge or terminal (type 6, DAC 200, FI 21). Field names after gpsd, which decodes it only
/// at exactly 248 bits.
/// </summary>
/// <param name="Location">Where and when the ship expects to arrive.</param>
/// <param name="Tugs">Number of assisting tugboats (0..6, 7 = not available).</param>
/// <param name="AirDraughtRaw">Air draught in 0.01 m (12 bits; 0 = not available).</param>
/// <param name="Spare">The 5 spare bits.</param>
public sealed record InlandEstimatedArrival(InlandLockLocation Location, int Tugs, int AirDraughtRaw, int Spare) : IAisApplication
{
    /// <summary>The data length gpsd requires (248-bit message).</summary>
    public const int DataBits = 160;

    /// <summary>Decodes the application, or returns null unless the data is exactly <see cref="DataBits"/> long.</summary>
    public static IAisApplication? Decode(in AisBitReader data) => data.BitLength != DataBits ? null : new InlandEstimatedArrival(
        InlandLockLocation.Read(data), (int)data.UInt(140, 3), (int)data.UInt(143, 12), (int)data.UInt(155, 5));

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Location.WriteGpsd(writer);
        writer.Field("tugs"u8, Tugs);
        writer.Field("airdraught"u8, AirDraughtRaw);
    }
}
