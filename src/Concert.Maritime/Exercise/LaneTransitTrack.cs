namespace Concert.Maritime.Exercise;

/// <summary>
/// A merchant ship's round trip on a lane: sail end to end, lie moored in port, sail back, lie moored again, forever.
/// Where in that cycle the ship is at the epoch is its phase.
/// </summary>
/// <param name="Lane">The lane.</param>
/// <param name="SpeedKnots">Service speed.</param>
/// <param name="PortStay">How long the ship stays at each end.</param>
/// <param name="Epoch">The instant the phase refers to.</param>
/// <param name="Phase">Fraction of the cycle (0..1) done at the epoch.</param>
public sealed record LaneTransitTrack(ShippingLane Lane, double SpeedKnots, TimeSpan PortStay, DateTimeOffset Epoch, double Phase)
    : IVesselTrack
{
    /// <inheritdoc />
    public VesselKinematics At(DateTimeOffset at)
    {
        double passageHours = Lane.Length / SpeedKnots;
        double stayHours = PortStay.TotalHours;
        double cycleHours = 2 * (passageHours + stayHours);
        double hours = ((at - Epoch).TotalHours + Phase * cycleHours) % cycleHours;
        if (hours < 0)
        {
            hours += cycleHours;
        }
        bool reverse = hours >= passageHours + stayHours;
        double inHalf = reverse ? hours - passageHours - stayHours : hours;
        if (inHalf >= passageHours)
        {
            // In port at the far end of this half: moored, heading as it arrived.
            (LatLon berth, double arrivalCourse, _) = Lane.Sail(Lane.Length, SpeedKnots, reverse);
            return new VesselKinematics(berth, 0, arrivalCourse, 5, 0);
        }
        (LatLon position, double course, double turn) = Lane.Sail(inHalf * SpeedKnots, SpeedKnots, reverse);
        return new VesselKinematics(position, SpeedKnots, course, 0, turn);
    }
}
