namespace Concert.Maritime.Picture;

/// <summary>A ship's radio call sign and IMO number (type 5; call sign only from type 24 part B).</summary>
/// <param name="CallSign">The call sign, or null when not transmitted.</param>
/// <param name="Imo">The IMO number, or null when not available.</param>
/// <param name="Provenance">The message that gave it.</param>
public sealed record VesselRegistration(string? CallSign, uint? Imo, Provenance Provenance);
