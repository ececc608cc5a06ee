namespace Concert.Maritime.Archive;

/// <summary>
/// What a vessel last said about itself (types 5, 19 and 24) by a time, as the archive kept it: each field from the
/// latest report that carried it, so a class B vessel's name (24 part A) and type (part B) are joined as the live
/// picture joins them.
/// </summary>
/// <param name="Mmsi">The vessel.</param>
/// <param name="Name">Its latest broadcast name, or null.</param>
/// <param name="CallSign">Its latest call sign, or null.</param>
/// <param name="Imo">Its latest IMO number, or null.</param>
/// <param name="ShipType">Its latest ship and cargo type code, or null.</param>
/// <param name="LabelIds">The label ids of the reports the fields came from, ascending, without duplicates.</param>
public sealed record ArchivedIdentity(uint Mmsi, string? Name, string? CallSign, uint? Imo, byte? ShipType, IReadOnlyList<ushort> LabelIds);
