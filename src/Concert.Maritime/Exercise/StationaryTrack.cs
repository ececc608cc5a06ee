namespace Concert.Maritime.Exercise;

/// <summary>A vessel at anchor or moored, swinging slowly about its position.</summary>
/// <param name="Position">Where it lies.</param>
/// <param name="HeadingDegrees">The heading it lies on.</param>
/// <param name="NavigationStatus">1 at anchor, 5 moored.</param>
public sealed record StationaryTrack(LatLon Position, double HeadingDegrees, int NavigationStatus) : IVesselTrack
{
    /// <inheritdoc />
    public VesselKinematics At(DateTimeOffset at) => new(Position, 0, HeadingDegrees, NavigationStatus, 0);
}
