using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages;

/// <summary>
/// The 30-bit reference-point block of types 5, 19, 21 and 24: distances in metres from the position reference point
/// to the bow, stern, port and starboard sides. ITU-R M.1371-5 figure 42.
/// </summary>
/// <param name="ToBow">Distance to the bow, 0..511 m (0 = not available, 511 = 511 m or more).</param>
/// <param name="ToStern">Distance to the stern, 0..511 m (0 = not available, 511 = 511 m or more).</param>
/// <param name="ToPort">Distance to port, 0..63 m (0 = not available, 63 = 63 m or more).</param>
/// <param name="ToStarboard">Distance to starboard, 0..63 m (0 = not available, 63 = 63 m or more).</param>
public readonly record struct ShipDimensions(int ToBow, int ToStern, int ToPort, int ToStarboard)
{
    /// <summary>Width of the block in bits.</summary>
    public const int Bits = 30;

    /// <summary>Overall length in metres, or null when neither bow nor stern distance is available.</summary>
    public int? LengthMeters => ToBow == 0 && ToStern == 0 ? null : ToBow + ToStern;

    /// <summary>Overall beam in metres, or null when neither side distance is available.</summary>
    public int? BeamMeters => ToPort == 0 && ToStarboard == 0 ? null : ToPort + ToStarboard;

    /// <summary>Reads the block at <paramref name="offset"/>.</summary>
    public static ShipDimensions Read(in AisBitReader bits, int offset) => new(
        ToBow: (int)bits.UInt(offset, 9),
        ToStern: (int)bits.UInt(offset + 9, 9),
        ToPort: (int)bits.UInt(offset + 18, 6),
        ToStarboard: (int)bits.UInt(offset + 24, 6));

    /// <summary>Writes the block at <paramref name="offset"/>.</summary>
    public void Write(AisBitWriter writer, int offset)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.UInt(offset, 9, (uint)ToBow);
        writer.UInt(offset + 9, 9, (uint)ToStern);
        writer.UInt(offset + 18, 6, (uint)ToPort);
        writer.UInt(offset + 24, 6, (uint)ToStarboard);
    }

    /// <summary>Writes gpsd's <c>to_bow</c>, <c>to_stern</c>, <c>to_port</c>, <c>to_starboard</c> fields (the same scaled or not).</summary>
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("to_bow"u8, ToBow);
        writer.Field("to_stern"u8, ToStern);
        writer.Field("to_port"u8, ToPort);
        writer.Field("to_starboard"u8, ToStarboard);
    }
}
