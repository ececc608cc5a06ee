namespace Concert.Maritime.Exercise;

/// <summary>
/// Working an area: a fishing vessel trawling, a patrol vessel on station, a vessel loitering. It sails a circle of
/// slowly changing radius about a centre, so the track wanders over the area instead of repeating one ring.
/// </summary>
/// <param name="Centre">Centre of the area.</param>
/// <param name="RadiusNm">Mean distance from the centre.</param>
/// <param name="SpeedKnots">Speed through the circuit.</param>
/// <param name="Epoch">The instant the phase refers to.</param>
/// <param name="Phase">Angle in radians at the epoch.</param>
/// <param name="NavigationStatus">The status it reports (0 under way, 7 engaged in fishing).</param>
public sealed record CircuitTrack(LatLon Centre, double RadiusNm, double SpeedKnots, DateTimeOffset Epoch, double Phase, int NavigationStatus)
    : IVesselTrack
{
    /// <inheritdoc />
    public VesselKinematics At(DateTimeOffset at)
    {
        double hours = (at - Epoch).TotalHours;
        double angle = Phase + SpeedKnots * hours / RadiusNm;
        // The radius breathes between 60 % and 100 % over about eleven circuits, for a less regular pattern.
        double radius = RadiusNm * (0.8 + 0.2 * Math.Sin(angle / 11));
        LatLon position = Centre.Offset(angle * 180 / Math.PI, radius);
        double course = (angle * 180 / Math.PI + 90) % 360;
        double turnDegreesPerMinute = SpeedKnots / RadiusNm * (180 / Math.PI) / 60;
        return new VesselKinematics(position, SpeedKnots, course, NavigationStatus, turnDegreesPerMinute);
    }
}
