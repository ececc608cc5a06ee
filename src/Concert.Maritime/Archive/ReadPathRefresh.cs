namespace Concert.Maritime.Archive;

/// <summary>What a refresh of the archive's read paths rebuilt.</summary>
/// <param name="TracksRebuilt">True when the (vessel, time) copy of closed days was rebuilt.</param>
/// <param name="SnapshotsBuilt">How many hourly snapshots of last positions were (re)built.</param>
public sealed record ReadPathRefresh(bool TracksRebuilt, int SnapshotsBuilt);
