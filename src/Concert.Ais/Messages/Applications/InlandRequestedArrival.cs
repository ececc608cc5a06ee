using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// Inland AIS RTA at lock, bridge or terminal (type 6, DAC 200, FI 22): the arrival time the shore asks for and the
/// status of the facility. Field names after gpsd, which decodes it only at exactly 232 bits.
/// </summary>
/// <param name="Location">Where and when the ship is asked to arrive.</param>
/// <param name="Status">Facility status (0 operational, 1 limited, 2 out of order, 3 not available).</param>
/// <param name="Spare">The 2 spare bits.</param>
public sealed record InlandRequestedArrival(InlandLockLocation Location, int Status, int Spare) : IAisApplication
{
    /// <summary>The data length gpsd requires (232-bit message).</summary>
    public const int DataBits = 144;

    /// <summary>Decodes the application, or returns null unless the data is exactly <see cref="DataBits"/> long.</summary>
    public static IAisApplication? Decode(in AisBitReader data) => data.BitLength != DataBits ? null : new InlandRequestedArrival(
        InlandLockLocation.Read(data), (int)data.UInt(140, 2), (int)data.UInt(142, 2));

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Location.WriteGpsd(writer);
        writer.Field("status"u8, Status);
        writer.FieldLiteral("status_text"u8, GpsdDataTexts.LockStatus(Status));
    }
}
