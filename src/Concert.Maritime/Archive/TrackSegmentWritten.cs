namespace Concert.Maritime.Archive;

/// <summary>A segment of the (vessel, time) copy of closed days that a read-path refresh wrote (sorted) anew.</summary>
/// <param name="First">The first day it covers (UTC).</param>
/// <param name="Days">How many days it covers: one, or an aligned block being merged.</param>
/// <param name="Positions">How many positions it holds; zero when the days' positions are gone (retention) and the segment with them.</param>
public sealed record TrackSegmentWritten(DateOnly First, int Days, long Positions);
