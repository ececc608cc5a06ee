namespace Concert.Maritime.Exercise;

/// <summary>Where a simulated vessel is and how it moves at one instant.</summary>
/// <param name="Position">Position.</param>
/// <param name="SpeedKnots">Speed over ground.</param>
/// <param name="CourseDegrees">Course over ground, 0..360.</param>
/// <param name="NavigationStatus">ITU navigational status (0 under way, 1 at anchor, 5 moored, 7 fishing).</param>
/// <param name="TurnDegreesPerMinute">Rate of turn, starboard positive.</param>
public readonly record struct VesselKinematics(
    LatLon Position, double SpeedKnots, double CourseDegrees, int NavigationStatus, double TurnDegreesPerMinute)
{
    /// <summary>True when changing course noticeably (ITU-R M.1371 reporting rates rise while turning).</summary>
    public bool IsTurning => Math.Abs(TurnDegreesPerMinute) >= 5;
}
