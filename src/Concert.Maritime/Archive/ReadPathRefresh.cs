namespace Concert.Maritime.Archive;

/// <summary>What a refresh of the archive's read paths rewrote.</summary>
/// <param name="TrackSegments">The segments of the (vessel, time) copy of closed days written, in order: one per day
/// that closed or changed, or one per block of days merged. Empty when no closed day changed.</param>
/// <param name="SnapshotsBuilt">How many half-hourly snapshots of last positions were (re)built.</param>
public sealed record ReadPathRefresh(IReadOnlyList<TrackSegmentWritten> TrackSegments, int SnapshotsBuilt);
