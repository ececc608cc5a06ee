using System.Collections.Immutable;
using DuckDB.NET.Native;

namespace Concert.Maritime.Archive;

/// <summary>
/// The archive's tables. Positions keep AIS raw units in the narrowest integer types (coordinates in 1/10,000 minute,
/// speed and course in tenths, time in Unix microseconds) so that a day exports to Parquet at about 14 bytes a position.
/// A position is keyed by its values (<see cref="PositionKey"/>: vessel, time and every reported field), not by a payload
/// hash: a random hash does not compress (it was 4.3 of a row's 6 bytes), and two reports of one vessel in one
/// microsecond equal in every reported field say the same thing to every reader. Static reports, a few per vessel an
/// hour, keep their 64-bit payload hash as their key.
/// </summary>
internal static class ArchiveSchema
{
    /// <summary>The DuckDB types of the columns of <c>positions</c>, in table order: the chunk appender and the
    /// stored-position reader check a table or a result against them before they touch its vector memory.</summary>
    public static readonly ImmutableArray<DuckDBType> PositionColumnTypes =
    [
        DuckDBType.BigInt, DuckDBType.UnsignedInteger, DuckDBType.Integer, DuckDBType.Integer,
        DuckDBType.UnsignedSmallInt, DuckDBType.UnsignedSmallInt, DuckDBType.UnsignedSmallInt, DuckDBType.UnsignedTinyInt,
        DuckDBType.UnsignedTinyInt, DuckDBType.UnsignedTinyInt, DuckDBType.UnsignedSmallInt, DuckDBType.UnsignedSmallInt,
        DuckDBType.Boolean, DuckDBType.TinyInt, DuckDBType.UnsignedSmallInt, DuckDBType.UnsignedSmallInt,
    ];

    public const string Create = """
        -- Commits are durable through the write-ahead log; checkpointing less often spares bulk ingest repeated rewrites.
        SET checkpoint_threshold = '256MB';
        CREATE TABLE IF NOT EXISTS labels (id USMALLINT PRIMARY KEY, xml VARCHAR NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS sources (id USMALLINT PRIMARY KEY, name VARCHAR NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS stations (id USMALLINT PRIMARY KEY, name VARCHAR NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS positions (
            t BIGINT NOT NULL, mmsi UINTEGER NOT NULL, lat INTEGER NOT NULL, lon INTEGER NOT NULL,
            sog USMALLINT NOT NULL, cog USMALLINT NOT NULL, heading USMALLINT NOT NULL, status UTINYINT NOT NULL,
            msg_type UTINYINT NOT NULL, receivers UTINYINT NOT NULL, source USMALLINT NOT NULL, label USMALLINT NOT NULL,
            accuracy BOOLEAN NOT NULL, rot TINYINT NOT NULL, altitude USMALLINT NOT NULL, station USMALLINT NOT NULL);
        CREATE TABLE IF NOT EXISTS vessel_statics (
            t BIGINT NOT NULL, mmsi UINTEGER NOT NULL, msg_type UTINYINT NOT NULL, name VARCHAR, call_sign VARCHAR,
            imo UINTEGER, ship_type UTINYINT, to_bow USMALLINT, to_stern USMALLINT, to_port UTINYINT,
            to_starboard UTINYINT, draught UTINYINT, destination VARCHAR, source USMALLINT NOT NULL,
            label USMALLINT NOT NULL, hash UBIGINT NOT NULL, eta UINTEGER, aid_type UTINYINT);
        -- An archive created before the ETA and the aid type were kept gains them; their old rows hold null.
        ALTER TABLE vessel_statics ADD COLUMN IF NOT EXISTS eta UINTEGER;
        ALTER TABLE vessel_statics ADD COLUMN IF NOT EXISTS aid_type UTINYINT;
        CREATE TABLE IF NOT EXISTS exported_days (day DATE PRIMARY KEY, path VARCHAR NOT NULL, positions BIGINT NOT NULL);
        DROP TABLE IF EXISTS incoming_positions;
        DROP TABLE IF EXISTS incoming_statics;
        DROP TABLE IF EXISTS incoming_receivers;
        """;

    // Staging tables are temporary: never written to the log, emptied inside each commit's transaction. Only positions
    // that may already be stored (not newer than the newest stored) pass through staging; the rest go straight in.
    public const string CreateStaging = $"""
        CREATE TEMP TABLE incoming_positions AS SELECT * FROM positions LIMIT 0;
        CREATE TEMP TABLE incoming_statics AS SELECT * FROM vessel_statics LIMIT 0;
        CREATE TEMP TABLE incoming_receivers AS SELECT {PositionKey.Columns}, receivers FROM positions LIMIT 0;
        """;

    /// <summary>The key columns (<see cref="PositionKey"/>) of the positions at the newest stored time (no row when there is none).</summary>
    public const string NewestPositionKeys = $"SELECT {PositionKey.Columns} FROM positions WHERE t = (SELECT max(t) FROM positions)";

    /// <summary>Time, vessel and payload hash of the static reports at the newest stored time.</summary>
    public const string NewestStaticKeys = "SELECT t, mmsi, hash FROM vessel_statics WHERE t = (SELECT max(t) FROM vessel_statics)";

    // Replaying input must add nothing: a row whose key (vessel, time, reported values) is stored already is left out.
    // The time bounds are literals so that DuckDB prunes the row groups outside the batch's range by their zone maps.
    public static readonly string InsertNewPositions = $$"""
        INSERT INTO positions SELECT i.* FROM incoming_positions i
        WHERE NOT EXISTS (SELECT 1 FROM positions p WHERE p.t BETWEEN {0} AND {1} AND {{PositionKey.Equal("p", "i")}})
        """;

    public const string InsertNewStatics = """
        INSERT INTO vessel_statics SELECT i.* FROM incoming_statics i
        WHERE NOT EXISTS (SELECT 1 FROM vessel_statics s
            WHERE s.t BETWEEN {0} AND {1} AND s.t = i.t AND s.mmsi = i.mmsi AND s.hash = i.hash)
        """;

    // A raised count goes to every row with the update's key: the position its message was stored as.
    public static readonly string RaiseReceivers = $$"""
        UPDATE positions SET receivers = greatest(positions.receivers, r.receivers) FROM incoming_receivers r
        WHERE positions.t BETWEEN {0} AND {1} AND {{PositionKey.Equal("positions", "r")}}
        """;
}
