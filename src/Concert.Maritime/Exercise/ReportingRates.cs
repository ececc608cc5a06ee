namespace Concert.Maritime.Exercise;

/// <summary>
/// Reporting intervals of ITU-R M.1371-5 annex 1 tables 1 and 2 (autonomous mode), which the simulator transmits at.
/// </summary>
public static class ReportingRates
{
    /// <summary>Static and voyage data (type 5, type 24): every 6 minutes.</summary>
    public static TimeSpan StaticData { get; } = TimeSpan.FromMinutes(6);

    /// <summary>
    /// The interval to the next position report. Class A: 3 min at anchor or moored (≤ 3 kn); 10 s at 0–14 kn (3⅓ s
    /// when changing course); 6 s at 14–23 kn (2 s when changing course); 2 s above 23 kn. Class B "CS": 3 min at 2 kn
    /// or less, else 30 s.
    /// </summary>
    /// <param name="classB">True for a class B unit.</param>
    /// <param name="kinematics">The vessel's motion now.</param>
    public static TimeSpan PositionInterval(bool classB, in VesselKinematics kinematics)
    {
        // A transponder decides on the speed it reports, in tenths of a knot.
        double speed = Math.Round(kinematics.SpeedKnots, 1);
        if (classB)
        {
            return speed <= 2 ? TimeSpan.FromMinutes(3) : TimeSpan.FromSeconds(30);
        }
        if (kinematics.NavigationStatus is 1 or 5 && speed <= 3)
        {
            return TimeSpan.FromMinutes(3);
        }
        return speed switch
        {
            > 23 => TimeSpan.FromSeconds(2),
            > 14 => kinematics.IsTurning ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(6),
            _ => kinematics.IsTurning ? TimeSpan.FromSeconds(10.0 / 3) : TimeSpan.FromSeconds(10),
        };
    }
}
