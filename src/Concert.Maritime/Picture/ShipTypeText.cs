using System.Text;
using Concert.Ais.Gpsd;

namespace Concert.Maritime.Picture;

/// <summary>The text of an ITU-R M.1371 ship and cargo type code (table 53), worded as gpsd words it.</summary>
public static class ShipTypeText
{
    private const int Codes = 100;

    private static readonly string[] Texts =
        [.. Enumerable.Range(0, Codes).Select(code => Encoding.ASCII.GetString(GpsdTexts.ShipType(code)))];

    /// <summary>The text for a code 0..99 ("Cargo - all ships of this type"), or null for codes outside the table.</summary>
    /// <param name="code">The ship and cargo type field.</param>
    public static string? Of(int code) => (uint)code < Codes ? Texts[code] : null;
}
