namespace Concert.Maritime.Archive;

/// <summary>
/// The tables that make the archive's reads fast, derived from <c>positions</c> and rebuilt from it by
/// <see cref="ReadPathMaintainer"/>; losing them loses nothing (queries fall back to scanning <c>positions</c>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>vessel_tracks</c>: the positions of closed days in (vessel, time) order, so that one vessel's rows are
/// contiguous and the zone maps on <c>mmsi</c> leave one or two row groups to read; <c>vessel_tracks_state</c> says
/// which positions it holds (those before <c>until</c>, <c>positions</c> of them when built).</item>
/// <item><c>vessel_snapshots</c>: at every snapshot time <c>s</c>, the last position of each (vessel, label) received
/// in the window before <c>s</c>, so that "who was where at t" reads one snapshot and the positions since, instead of
/// the whole staleness window; <c>vessel_snapshot_times</c> holds each snapshot's time and how many positions its
/// interval had when built, so a late arrival is noticed and the snapshots from there on are rebuilt.</item>
/// </list>
/// </remarks>
internal static class ReadPathSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS vessel_tracks AS SELECT * FROM positions LIMIT 0;
        CREATE TABLE IF NOT EXISTS vessel_tracks_state (until BIGINT NOT NULL, positions BIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS vessel_snapshots AS SELECT 0::BIGINT AS s, * FROM positions LIMIT 0;
        CREATE TABLE IF NOT EXISTS vessel_snapshot_times (s BIGINT NOT NULL, positions BIGINT NOT NULL);
        """;

    /// <summary>Time between snapshots, in microseconds: one hour.</summary>
    public const long SnapshotInterval = 3_600_000_000;

    /// <summary>
    /// How far back a snapshot looks for a vessel's last position, in microseconds: six hours, the picture's default
    /// "lost" age. A box query with a longer staleness window is answered by a scan.
    /// </summary>
    public const long SnapshotWindow = 6 * SnapshotInterval;
}
