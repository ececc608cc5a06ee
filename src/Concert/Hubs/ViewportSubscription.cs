namespace Concert.Hubs;

/// <summary>What a client asks <see cref="MaritimeHub.Subscribe"/> to watch.</summary>
/// <param name="West">Western edge, −180..180; greater than <paramref name="East"/> across the antimeridian.</param>
/// <param name="South">Southern edge, −90..90.</param>
/// <param name="East">Eastern edge, −180..180.</param>
/// <param name="North">Northern edge, −90..90, not south of <paramref name="South"/>.</param>
/// <param name="Classes">Only vessels of these classes (names of <see cref="Concert.Maritime.Picture.VesselClass"/>); null or empty for all.</param>
internal sealed record ViewportSubscription(double? West, double? South, double? East, double? North, IReadOnlyList<string>? Classes = null);
