using System.Text;
using Concert.Ais.Gpsd;

namespace Concert.Maritime.Picture;

/// <summary>What kind of ship it is and how big (types 5, 19, 24 part B; the aid type and size for type 21).</summary>
/// <param name="ShipType">The ship and cargo type code (0..99 defined), or null when not available or for an aid.</param>
/// <param name="AidType">The aid-to-navigation type (type 21), else null.</param>
/// <param name="LengthMeters">Overall length, or null when not available.</param>
/// <param name="BeamMeters">Beam, or null when not available.</param>
/// <param name="Provenance">The message that gave it.</param>
public sealed record ShipParticulars(int? ShipType, int? AidType, int? LengthMeters, int? BeamMeters, Provenance Provenance)
{
    /// <summary>The ITU text of <see cref="ShipType"/> ("Tanker - all ships of this type"), or null.</summary>
    public string? ShipTypeDescription => ShipType is { } code ? ShipTypeText.Of(code) : null;

    /// <summary>gpsd's text of <see cref="AidType"/> ("Cardinal Mark N"), or null.</summary>
    public string? AidTypeDescription => AidType is { } code ? Encoding.UTF8.GetString(GpsdTexts.AidType(code)) : null;
}
