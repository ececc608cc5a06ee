namespace Concert.Maritime.Picture;

/// <summary>The name a station broadcasts (types 5, 19, 24 part A; the full name of an aid to navigation, type 21).</summary>
/// <param name="Name">The name, trimmed.</param>
/// <param name="Provenance">The message that gave it.</param>
public sealed record VesselName(string Name, Provenance Provenance);
