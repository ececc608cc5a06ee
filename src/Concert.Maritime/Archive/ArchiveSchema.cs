namespace Concert.Maritime.Archive;

/// <summary>
/// The archive's tables. Positions keep AIS raw units in the narrowest integer types (coordinates in 1/10,000 minute,
/// speed and course in tenths, time in Unix microseconds) so that a day exports to Parquet at about 14 bytes a position.
/// </summary>
internal static class ArchiveSchema
{
    public const string Create = """
        -- Commits are durable through the write-ahead log; checkpointing less often spares bulk ingest repeated rewrites.
        SET checkpoint_threshold = '256MB';
        CREATE TABLE IF NOT EXISTS labels (id USMALLINT PRIMARY KEY, xml VARCHAR NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS sources (id USMALLINT PRIMARY KEY, name VARCHAR NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS positions (
            t BIGINT NOT NULL, mmsi UINTEGER NOT NULL, lat INTEGER NOT NULL, lon INTEGER NOT NULL,
            sog USMALLINT NOT NULL, cog USMALLINT NOT NULL, heading USMALLINT NOT NULL, status UTINYINT NOT NULL,
            msg_type UTINYINT NOT NULL, receivers UTINYINT NOT NULL, source USMALLINT NOT NULL, label USMALLINT NOT NULL,
            hash UBIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS vessel_statics (
            t BIGINT NOT NULL, mmsi UINTEGER NOT NULL, msg_type UTINYINT NOT NULL, name VARCHAR, call_sign VARCHAR,
            imo UINTEGER, ship_type UTINYINT, to_bow USMALLINT, to_stern USMALLINT, to_port UTINYINT,
            to_starboard UTINYINT, draught UTINYINT, destination VARCHAR, source USMALLINT NOT NULL,
            label USMALLINT NOT NULL, hash UBIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS exported_days (day DATE PRIMARY KEY, path VARCHAR NOT NULL, positions BIGINT NOT NULL);
        DROP TABLE IF EXISTS incoming_positions;
        DROP TABLE IF EXISTS incoming_statics;
        DROP TABLE IF EXISTS incoming_receivers;
        """;

    // Staging tables are temporary: never written to the log, emptied inside each commit's transaction. Positions are
    // staged packed into six 64-bit columns, since the appender's cost is per value appended: a third of the calls.
    public const string CreateStaging = """
        CREATE TEMP TABLE incoming_positions (t BIGINT, hash UBIGINT, vessel_lat UBIGINT, lon_sog_cog UBIGINT, rest UBIGINT, source USMALLINT);
        CREATE TEMP TABLE incoming_statics AS SELECT * FROM vessel_statics LIMIT 0;
        CREATE TEMP TABLE incoming_receivers (t BIGINT, mmsi UINTEGER, hash UBIGINT, receivers UTINYINT);
        """;

    /// <summary>The offset that maps a signed 32-bit coordinate onto an unsigned one for packing.</summary>
    public const long CoordinateOffset = 1L << 31;

    // Replaying input must add nothing: a row whose (vessel, time, payload hash) is stored already is left out. The
    // time bounds are literals so that DuckDB prunes the row groups outside the batch's range by their zone maps.
    public const string InsertNewPositions = """
        INSERT INTO positions
        WITH i AS (
            SELECT t, (vessel_lat >> 32)::UINTEGER AS mmsi, ((vessel_lat & 4294967295)::BIGINT - 2147483648)::INTEGER AS lat,
                   ((lon_sog_cog >> 32)::BIGINT - 2147483648)::INTEGER AS lon, ((lon_sog_cog >> 16) & 65535)::USMALLINT AS sog,
                   (lon_sog_cog & 65535)::USMALLINT AS cog, (rest >> 48)::USMALLINT AS heading, ((rest >> 40) & 255)::UTINYINT AS status,
                   ((rest >> 32) & 255)::UTINYINT AS msg_type, ((rest >> 24) & 255)::UTINYINT AS receivers, source,
                   (rest & 65535)::USMALLINT AS label, hash
            FROM incoming_positions)
        SELECT i.* FROM i
        WHERE NOT EXISTS (SELECT 1 FROM positions p
            WHERE p.t BETWEEN {0} AND {1} AND p.t = i.t AND p.mmsi = i.mmsi AND p.hash = i.hash)
        """;

    public const string InsertNewStatics = """
        INSERT INTO vessel_statics SELECT i.* FROM incoming_statics i
        WHERE NOT EXISTS (SELECT 1 FROM vessel_statics s
            WHERE s.t BETWEEN {0} AND {1} AND s.t = i.t AND s.mmsi = i.mmsi AND s.hash = i.hash)
        """;

    public const string RaiseReceivers = """
        UPDATE positions SET receivers = greatest(positions.receivers, r.receivers) FROM incoming_receivers r
        WHERE positions.t BETWEEN {0} AND {1} AND positions.t = r.t AND positions.mmsi = r.mmsi AND positions.hash = r.hash
        """;
}
