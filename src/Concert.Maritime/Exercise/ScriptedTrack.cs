namespace Concert.Maritime.Exercise;

/// <summary>
/// A track through timed waypoints, for the scripted events: the vessel is at each waypoint at its time and sails
/// straight between them at the speed that takes. Before the first waypoint it is at the first, after the last at the
/// last.
/// </summary>
public sealed class ScriptedTrack : IVesselTrack
{
    private readonly (DateTimeOffset At, LatLon Position)[] _waypoints;

    /// <summary>Creates a track.</summary>
    /// <param name="waypoints">At least one waypoint, in time order.</param>
    public ScriptedTrack(params (DateTimeOffset At, LatLon Position)[] waypoints)
    {
        ArgumentNullException.ThrowIfNull(waypoints);
        ArgumentOutOfRangeException.ThrowIfZero(waypoints.Length, nameof(waypoints));
        _waypoints = waypoints;
    }

    /// <summary>The timed waypoints.</summary>
    public IReadOnlyList<(DateTimeOffset At, LatLon Position)> Waypoints => _waypoints;

    /// <inheritdoc />
    public VesselKinematics At(DateTimeOffset at)
    {
        int next = Array.FindIndex(_waypoints, waypoint => waypoint.At > at);
        if (next <= 0)
        {
            (DateTimeOffset _, LatLon end) = next == 0 ? _waypoints[0] : _waypoints[^1];
            double lastCourse = _waypoints.Length > 1 ? _waypoints[^2].Position.BearingTo(_waypoints[^1].Position) : 0;
            return new VesselKinematics(end, 0, next == 0 ? 0 : lastCourse, 0, 0);
        }
        (DateTimeOffset fromTime, LatLon from) = _waypoints[next - 1];
        (DateTimeOffset toTime, LatLon to) = _waypoints[next];
        double fraction = (at - fromTime) / (toTime - fromTime);
        double distance = from.DistanceTo(to);
        double speed = distance / (toTime - fromTime).TotalHours;
        double course = distance < 1e-6 ? PreviousCourse(next - 1) : from.BearingTo(to);
        return new VesselKinematics(from.Toward(to, fraction), speed, course, 0, 0);
    }

    private double PreviousCourse(int index)
    {
        for (int i = index; i > 0; i--)
        {
            if (_waypoints[i - 1].Position.DistanceTo(_waypoints[i].Position) > 1e-6)
            {
                return _waypoints[i - 1].Position.BearingTo(_waypoints[i].Position);
            }
        }
        return 0;
    }
}
