namespace Concert.Ais.Messages.Applications;

/// <summary>One tidal window of a <see cref="TidalWindow"/>: a point, a time window and the current in it.</summary>
/// <param name="LongitudeRaw">
/// Longitude: 1/10,000 minute in IMO 236 (28 bits), 1/1,000 minute in IMO 289 (25 bits).
/// </param>
/// <param name="LatitudeRaw">Latitude: 1/10,000 minute in IMO 236 (27 bits), 1/1,000 minute in IMO 289 (24 bits).</param>
/// <param name="FromHour">Window start hour (24 = not available).</param>
/// <param name="FromMinute">Window start minute (60 = not available).</param>
/// <param name="ToHour">Window end hour.</param>
/// <param name="ToMinute">Window end minute.</param>
/// <param name="CurrentDirection">Current direction in degrees (360 = not available).</param>
/// <param name="CurrentSpeedRaw">Current speed in 1/10 knot (IMO 236: 127, IMO 289: 255 = not available).</param>
public sealed record TidalWindowEntry(
    int LongitudeRaw,
    int LatitudeRaw,
    int FromHour,
    int FromMinute,
    int ToHour,
    int ToMinute,
    int CurrentDirection,
    int CurrentSpeedRaw);
