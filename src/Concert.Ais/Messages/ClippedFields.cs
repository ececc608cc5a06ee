using Concert.Ais.Bits;

namespace Concert.Ais.Messages;

/// <summary>
/// Writes fields of a message whose length varies and may end inside a field (types 7, 13, 15, 20): only the bits that
/// lie before the message end are written, so a short message encodes back to its own length.
/// </summary>
internal static class ClippedFields
{
    /// <summary>Writes the part of an unsigned field that lies before <paramref name="bitLength"/>.</summary>
    public static void UInt(AisBitWriter writer, int bitLength, int offset, int width, uint value)
    {
        if (offset >= bitLength)
        {
            return;
        }
        int kept = Math.Min(width, bitLength - offset);
        writer.UInt(offset, kept, value >> (width - kept));
    }
}
