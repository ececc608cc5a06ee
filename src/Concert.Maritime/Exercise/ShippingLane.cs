namespace Concert.Maritime.Exercise;

/// <summary>A route as a polyline of waypoints, with the distance along it precomputed.</summary>
public sealed class ShippingLane
{
    private readonly double[] _distanceAtWaypoint;

    /// <summary>Creates a lane.</summary>
    /// <param name="name">What the lane is ("Malacca Strait to Singapore").</param>
    /// <param name="waypoints">At least two waypoints, in order.</param>
    public ShippingLane(string name, params LatLon[] waypoints)
    {
        ArgumentNullException.ThrowIfNull(waypoints);
        ArgumentOutOfRangeException.ThrowIfLessThan(waypoints.Length, 2, nameof(waypoints));
        Name = name;
        Waypoints = waypoints;
        _distanceAtWaypoint = new double[waypoints.Length];
        for (int i = 1; i < waypoints.Length; i++)
        {
            _distanceAtWaypoint[i] = _distanceAtWaypoint[i - 1] + waypoints[i - 1].DistanceTo(waypoints[i]);
        }
    }

    /// <summary>The lane's name.</summary>
    public string Name { get; }

    /// <summary>The waypoints, in order.</summary>
    public IReadOnlyList<LatLon> Waypoints { get; }

    /// <summary>Length in nautical miles.</summary>
    public double Length => _distanceAtWaypoint[^1];

    /// <summary>
    /// The point <paramref name="distance"/> nautical miles along the lane, the course there, and the rate the course
    /// changes at when a ship rounds a waypoint at <paramref name="speedKnots"/> (it turns within half a mile of it).
    /// </summary>
    /// <param name="distance">Distance from the first waypoint, clamped to the lane.</param>
    /// <param name="speedKnots">Speed, for the rate of turn.</param>
    /// <param name="reverse">True when sailing from the last waypoint to the first.</param>
    public (LatLon Position, double Course, double TurnDegreesPerMinute) Sail(double distance, double speedKnots, bool reverse)
    {
        const double TurnHalfWidth = 0.5;
        double along = Math.Clamp(reverse ? Length - distance : distance, 0, Length);
        int leg = LegAt(along);
        LatLon from = Waypoints[leg], to = Waypoints[leg + 1];
        double legLength = _distanceAtWaypoint[leg + 1] - _distanceAtWaypoint[leg];
        double fraction = legLength == 0 ? 0 : (along - _distanceAtWaypoint[leg]) / legLength;
        LatLon position = from.Toward(to, fraction);
        double course = from.BearingTo(to);
        double turn = 0;
        double toNext = _distanceAtWaypoint[leg + 1] - along;
        double fromPrevious = along - _distanceAtWaypoint[leg];
        if (toNext < TurnHalfWidth && leg + 2 < Waypoints.Count)
        {
            turn = TurnRate(course, to.BearingTo(Waypoints[leg + 2]), speedKnots, TurnHalfWidth);
        }
        else if (fromPrevious < TurnHalfWidth && leg > 0)
        {
            turn = TurnRate(Waypoints[leg - 1].BearingTo(from), course, speedKnots, TurnHalfWidth);
        }
        if (reverse)
        {
            // Sailing the lane backwards reverses the course, and a starboard turn becomes a port turn.
            course = (course + 180) % 360;
            turn = -turn;
        }
        return (position, course, turn);
    }

    private int LegAt(double along)
    {
        int index = Array.BinarySearch(_distanceAtWaypoint, along);
        int leg = index >= 0 ? index : ~index - 1;
        return Math.Clamp(leg, 0, Waypoints.Count - 2);
    }

    // Degrees per minute to change course by the difference over a mile of track (half a mile each side of the waypoint).
    private static double TurnRate(double courseIn, double courseOut, double speedKnots, double halfWidth)
    {
        double change = (courseOut - courseIn + 540) % 360 - 180;
        double minutes = 2 * halfWidth / Math.Max(speedKnots, 0.1) * 60;
        return change / minutes;
    }
}
