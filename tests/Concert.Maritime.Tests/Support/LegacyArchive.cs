using System.Globalization;
using Concert.Maritime.Ingest;

namespace Concert.Maritime.Tests.Support;

/// <summary>SQL that writes archives as earlier schemas did, for the tests that open them and check their migration.</summary>
public static class LegacyArchive
{
    /// <summary>
    /// The tables of an archive whose positions and read paths carried the payload hash as <paramref name="hashType"/>
    /// (UBIGINT before the hash was narrowed, UINTEGER before the read paths dropped it).
    /// </summary>
    public static string Schema(string hashType, int firstSegmentId) => $"""
        CREATE TABLE positions (
            t BIGINT NOT NULL, mmsi UINTEGER NOT NULL, lat INTEGER NOT NULL, lon INTEGER NOT NULL,
            sog USMALLINT NOT NULL, cog USMALLINT NOT NULL, heading USMALLINT NOT NULL, status UTINYINT NOT NULL,
            msg_type UTINYINT NOT NULL, receivers UTINYINT NOT NULL, source USMALLINT NOT NULL, label USMALLINT NOT NULL,
            hash {hashType} NOT NULL);
        CREATE SEQUENCE track_segment_ids START {firstSegmentId};
        CREATE TABLE track_segments (id INTEGER PRIMARY KEY, first_day INTEGER NOT NULL, end_day INTEGER NOT NULL);
        CREATE TABLE track_days (
            day INTEGER PRIMARY KEY, segment INTEGER NOT NULL, positions BIGINT NOT NULL, receivers BIGINT NOT NULL);
        CREATE TABLE vessel_snapshots AS SELECT 0::BIGINT AS s, * FROM positions LIMIT 0;
        CREATE TABLE vessel_snapshot_times (s BIGINT NOT NULL, positions BIGINT NOT NULL);
        """;

    /// <summary>
    /// Turns the tables of <see cref="Schema"/> into those of an archive from just before positions kept their details
    /// (accuracy, rate of turn, altitude, station): snapshots without the hash, snapshot times with their rows. Its
    /// positions keep the 32-bit hash (<see cref="Schema"/> with UINTEGER).
    /// </summary>
    public const string ReadPathsWithoutHash = """
        DROP TABLE vessel_snapshots;
        CREATE TABLE vessel_snapshots AS SELECT 0::BIGINT AS s, * EXCLUDE (hash) FROM positions LIMIT 0;
        DROP TABLE vessel_snapshot_times;
        CREATE TABLE vessel_snapshot_times (
            s BIGINT NOT NULL, positions BIGINT NOT NULL, receivers BIGINT NOT NULL, vessels BIGINT NOT NULL);
        """;

    /// <summary>Inserts positions, one reception each, with the hash the old schema stored.</summary>
    public static string InsertPositions(IEnumerable<PositionRecord> positions, Func<PositionRecord, ulong> storedHash) =>
        string.Join('\n', positions.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO positions VALUES ({p.TimeMicros}, {p.Mmsi}, {p.LatitudeRaw}, {p.LongitudeRaw}, {p.SpeedRaw}, {p.CourseRaw}, {p.HeadingRaw}, {p.Status}, {p.MessageType}, 1, {p.SourceId}, {p.LabelId}, {storedHash(p)});")));
}
