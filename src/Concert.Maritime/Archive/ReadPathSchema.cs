namespace Concert.Maritime.Archive;

/// <summary>
/// The tables that make the archive's reads fast, derived from <c>positions</c> and rebuilt from it by
/// <see cref="ReadPathMaintainer"/>; losing them loses nothing (queries fall back to scanning <c>positions</c>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Track segments: the positions of closed days copied in (vessel, time) order, one table per segment
/// (<c>track_segment_{id}</c>) so that one vessel's rows are contiguous in each and the zone maps on <c>mmsi</c> leave
/// one or two row groups to read. A segment holds one day or an aligned block of <see cref="TrackBlockDays"/> days
/// (see <see cref="TrackSegments"/>). <c>track_segments</c> lists them (<c>[first_day, end_day)</c> in days since
/// 1970); <c>track_days</c> says which segment holds each day and what that day's positions were when copied (count
/// and sum of receiver counts), so a changed day is found without reading the copies.</item>
/// <item><c>vessel_snapshots</c>: at every snapshot time <c>s</c>, the last position of each (vessel, label) received
/// in the window before <c>s</c>, so that "who was where at t" reads one snapshot and the positions since, instead of
/// the whole staleness window; <c>vessel_snapshot_times</c> holds each snapshot's time, its interval's positions when
/// built (their count and sum of receiver counts), so that a late arrival or a raised receiver count is noticed and the
/// snapshots from there on are rebuilt, and the snapshot's rows, which the picture weighs against scanning its window.</item>
/// </list>
/// Both copy <see cref="PositionColumns"/>, every column of <c>positions</c>, which no longer holds a payload hash
/// (random, so stored uncompressed: 4 bytes a row, as much as the rest of a segment's row); the reads settle ties by
/// <see cref="PositionOrder"/> (<see cref="PayloadHashMigration"/> brings older read paths to this).
/// </remarks>
internal static class ReadPathSchema
{
    // An archive from before track segments holds one copy of every closed day sorted whole (vessel_tracks); it is
    // dropped, and the first refresh copies the closed days into segments.
    public const string Create = """
        DROP TABLE IF EXISTS vessel_tracks;
        DROP TABLE IF EXISTS vessel_tracks_state;
        CREATE SEQUENCE IF NOT EXISTS track_segment_ids;
        CREATE TABLE IF NOT EXISTS track_segments (id INTEGER PRIMARY KEY, first_day INTEGER NOT NULL, end_day INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS track_days (
            day INTEGER PRIMARY KEY, segment INTEGER NOT NULL, positions BIGINT NOT NULL, receivers BIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS vessel_snapshots AS SELECT 0::BIGINT AS s, * FROM positions LIMIT 0;
        CREATE TABLE IF NOT EXISTS vessel_snapshot_times (
            s BIGINT NOT NULL, positions BIGINT NOT NULL, receivers BIGINT NOT NULL, vessels BIGINT NOT NULL);
        """;

    /// <summary>The columns of a stored position, in the table's order: what the read paths copy and every read returns.</summary>
    public const string PositionColumns = "t, mmsi, lat, lon, sog, cog, heading, status, msg_type, receivers, source, label, accuracy, rot, altitude, station";

    /// <summary>
    /// The order of positions in every read: by the key (<see cref="PositionKey.Columns"/>, time first), then by the
    /// other stored values, the receiver count last (the one value that changes after a row is stored). A track lists
    /// positions in it; the picture takes the greatest of each vessel's candidates, a snapshot the greatest of each
    /// vessel and label. Positions equal in all of it are one answer, so the reads do not depend on the order rows are
    /// stored in.
    /// </summary>
    public const string PositionOrder = PositionKey.Columns + ", source, station, label, receivers";

    /// <summary><see cref="PositionOrder"/> reversed, greatest first.</summary>
    public static readonly string PositionOrderDescending = string.Join(", ", PositionOrder.Split(", ").Select(column => column + " DESC"));

    /// <summary>
    /// A condition on <c>table_name</c> that holds for the tables of positions: <c>positions</c>, the snapshots and every
    /// track segment (what the migrations change).
    /// </summary>
    public const string PositionTables =
        "(table_name IN ('positions', 'vessel_snapshots') OR regexp_full_match(table_name, 'track_segment_[0-9]+'))";

    /// <summary>The name of the table that holds track segment <paramref name="id"/>.</summary>
    public static string TrackSegmentTable(int id) => "track_segment_" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Days in a day, in microseconds.</summary>
    public const long MicrosPerDay = 86_400_000_000;

    /// <summary>
    /// The sizes, in days, of the aligned blocks closed days are merged into, largest first: a 30-day track reads at
    /// most a few segments, and no merge sorts more than 16 days.
    /// </summary>
    public static readonly int[] TrackBlockDays = [16, 4];

    /// <summary>
    /// Time between snapshots, in microseconds: half an hour. Since the picture keeps each vessel's newest row in C#
    /// as the rows stream by, its cost follows the rows read, and the positions after the snapshot (on average half an
    /// interval of them: 70,000 on the 100 M benchmark archive when hourly) were most of it, not the snapshot's 20,000
    /// rows; halving them costs 1.6 bytes a position more of snapshots (docs/maritime-ingest.md, "Fifth session").
    /// </summary>
    public const long SnapshotInterval = 1_800_000_000;

    /// <summary>
    /// How far back a snapshot looks for a vessel's last position, in microseconds: six hours, the picture's default
    /// "lost" age. A box query with a longer staleness window is answered by a scan.
    /// </summary>
    public const long SnapshotWindow = 21_600_000_000;
}
