using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Concert.Maritime.Ingest;
using Concert.Sharing;
using Concert.Sharing.Stanag4774;
using DuckDB.NET.Data;

namespace Concert.Maritime.Archive;

/// <summary>
/// The durable store of every position and static report ingested, in one DuckDB database file. A batch is committed in
/// one transaction, so after a crash the archive holds every committed batch whole and nothing of the others; committing
/// the same input again adds nothing (positions are keyed by their values, <see cref="PositionKey"/>; static reports by
/// vessel, time and payload hash).
/// </summary>
/// <remarks>
/// One writer: <see cref="Commit"/>, <see cref="RegisterLabel"/>, <see cref="RegisterSource"/> and
/// <see cref="RegisterStation"/> are serialised by a lock. Queries go through <see cref="OpenQueries"/>, each on its own connection to the same database.
/// </remarks>
public sealed class PositionArchive : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly Lock _writer = new();
    private readonly Dictionary<string, ushort> _labelIds = new(StringComparer.Ordinal);

    // Receiving station names by id, as registered or read: the live picture asks for one per position it merges.
    private readonly ConcurrentDictionary<ushort, string> _stationNames = new();

    // The newest position (static report) time in its table and the keys stored at that time: read on the first commit
    // and brought up to date by each commit after. Null until read.
    private NewestStoredKeys<PositionKey>? _newestPositions;
    private NewestStoredKeys<(uint Mmsi, ulong Hash)>? _newestStatics;

    private PositionArchive(ArchiveOptions options, DuckDBConnection connection)
    {
        Options = options;
        _connection = connection;
    }

    /// <summary>Where the archive lives and what it keeps.</summary>
    public ArchiveOptions Options { get; }

    /// <summary>Opens the archive at <see cref="ArchiveOptions.DatabasePath"/>, creating its tables when missing.</summary>
    /// <param name="options">Paths and retention.</param>
    /// <returns>The open archive.</returns>
    public static PositionArchive Open(ArchiveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connection = new DuckDBConnection(ConnectionString(options.DatabasePath));
        connection.Open();
        try
        {
            Execute(connection, ArchiveSchema.Create);
            PayloadHashMigration.Apply(connection);
            PositionDetailsMigration.Apply(connection);
            Execute(connection, ArchiveSchema.CreateStaging);
            Execute(connection, ReadPathSchema.Create);
            return new PositionArchive(options, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The id under which positions carrying <paramref name="label"/> are stored: labels are kept once, as their
    /// STANAG 4774 XML, and the same label always gets the same id.
    /// </summary>
    /// <param name="label">The label.</param>
    /// <returns>The label's id.</returns>
    public ushort RegisterLabel(ConfidentialityLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        string xml = Stanag4774LabelWriter.ToXml(label);
        lock (_writer)
        {
            if (!_labelIds.TryGetValue(xml, out ushort id))
            {
                id = RegisterName("labels", "xml", xml);
                _labelIds.Add(xml, id);
            }
            return id;
        }
    }

    /// <summary>The id of the source named <paramref name="name"/>, the same across runs.</summary>
    /// <param name="name">The source's configured name.</param>
    /// <returns>The source's id.</returns>
    public ushort RegisterSource(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_writer)
        {
            return RegisterName("sources", "name", name);
        }
    }

    /// <summary>
    /// The id under which positions received by the station named <paramref name="name"/> (tag block <c>s:</c>) are
    /// stored, the same across runs; ids start at 1 (<see cref="PositionRecord.NoStation"/> is none).
    /// </summary>
    /// <param name="name">The station's name as the tag block gives it.</param>
    /// <returns>The station's id.</returns>
    public ushort RegisterStation(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        lock (_writer)
        {
            ushort id = RegisterName("stations", "name", name);
            _stationNames[id] = name;
            return id;
        }
    }

    /// <summary>The name of the receiving station stored as <paramref name="id"/>, or null for <see cref="PositionRecord.NoStation"/>.</summary>
    /// <param name="id">A station id of a stored position.</param>
    /// <returns>The name the tag block gave.</returns>
    public string? StationName(ushort id)
    {
        if (id == PositionRecord.NoStation)
        {
            return null;
        }
        if (_stationNames.TryGetValue(id, out string? name))
        {
            return name;
        }
        lock (_writer)
        {
            // Registered by an earlier run: the names are read once, all together.
            using DuckDBCommand command = _connection.CreateCommand();
            command.CommandText = "SELECT id, name FROM stations";
            using DuckDBDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                _stationNames[Convert.ToUInt16(reader.GetValue(0), CultureInfo.InvariantCulture)] = reader.GetString(1);
            }
        }
        return _stationNames.GetValueOrDefault(id);
    }

    /// <summary>
    /// Stores <paramref name="batch"/> in one transaction: new positions and statics (those already stored are left
    /// out) and raised receiver counts. When this returns the batch is durable.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <returns>How many positions were new.</returns>
    public int Commit(IngestBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_writer)
        {
            NewestStoredKeys<PositionKey> positionsBefore = _newestPositions ??=
                NewestStoredKeys<PositionKey>.Read(_connection, ArchiveSchema.NewestPositionKeys, StoredKeyOf);
            NewestStoredKeys<(uint, ulong)> staticsBefore = _newestStatics ??= NewestStoredKeys<(uint, ulong)>.Read(
                _connection, ArchiveSchema.NewestStaticKeys,
                reader => (reader.GetFieldValue<uint>(1), reader.GetFieldValue<ulong>(2)));
            NewestKeysBuilder<PositionKey> positions = positionsBefore.Begin();
            NewestKeysBuilder<(uint, ulong)> statics = staticsBefore.Begin();
            using DuckDBTransaction transaction = _connection.BeginTransaction();
            int added = CommitPositions(batch.Positions.Span, positions);
            CommitStatics(batch.Statics, statics);
            CommitReceiverUpdates(batch.ReceiverUpdates);
            transaction.Commit();
            _newestPositions = positionsBefore.After(positions);
            _newestStatics = staticsBefore.After(statics);
            return added;
        }
    }

    /// <summary>Opens a query session on its own connection.</summary>
    /// <returns>The session; dispose it when done.</returns>
    public ArchiveQueries OpenQueries()
    {
        var connection = new DuckDBConnection(ConnectionString(Options.DatabasePath));
        connection.Open();
        return new ArchiveQueries(connection);
    }

    /// <summary>Exports closed days to Parquet and drops what the retention policy no longer keeps.</summary>
    /// <param name="now">The current time: the day it falls in is not closed.</param>
    /// <returns>What was exported and removed.</returns>
    public RetentionResult ApplyRetention(DateTimeOffset now)
    {
        lock (_writer)
        {
            // Retention deletes rows: the keys kept of the newest stored time are read again by the next commit.
            _newestPositions = null;
            _newestStatics = null;
            return new RetentionRunner(_connection, Options).Apply(now);
        }
    }

    /// <summary>
    /// Brings the read paths up to date (the per-vessel segments of closed days behind <see cref="ArchiveQueries.Track"/>
    /// and the half-hourly snapshots behind <see cref="ArchiveQueries.VesselsInBox"/>), on its own connection so that ingest
    /// keeps committing meanwhile. Call it periodically: rows that arrive for a time already copied or snapshotted are read on the next refresh.
    /// </summary>
    /// <param name="now">The current time: its UTC day is not copied, and snapshots are made up to it.</param>
    /// <returns>What was rebuilt.</returns>
    public ReadPathRefresh RefreshReadPaths(DateTimeOffset now)
    {
        using var connection = new DuckDBConnection(ConnectionString(Options.DatabasePath));
        connection.Open();
        return new ReadPathMaintainer(connection).Refresh(now);
    }

    /// <summary>
    /// Every stored label with its id, as STANAG 4774 XML: a host decides once per viewer which ids to release and
    /// passes them to the queries as <see cref="ReleasableLabels"/>.
    /// </summary>
    /// <returns>The labels, by ascending id.</returns>
    public IReadOnlyList<KeyValuePair<ushort, string>> StoredLabels()
    {
        lock (_writer)
        {
            using DuckDBCommand command = _connection.CreateCommand();
            command.CommandText = "SELECT id, xml FROM labels ORDER BY id";
            using DuckDBDataReader reader = command.ExecuteReader();
            var labels = new List<KeyValuePair<ushort, string>>();
            while (reader.Read())
            {
                labels.Add(new(Convert.ToUInt16(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1)));
            }
            return labels;
        }
    }

    /// <summary>Counts stored positions (for statistics and tests).</summary>
    /// <returns>The number of positions in DuckDB.</returns>
    public long CountPositions()
    {
        lock (_writer)
        {
            using DuckDBCommand command = _connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM positions";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <inheritdoc />
    /// <remarks>Waits for a commit in progress on another thread, which therefore ends whole.</remarks>
    public void Dispose()
    {
        lock (_writer)
        {
            _connection.Dispose();
        }
    }

    internal static string ConnectionString(string path) => $"Data Source={path}";

    internal static void Execute(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // The first column of every row of a query, as text (the migrations' lists of tables to change).
    internal static List<string> TextColumn(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private ushort RegisterName(string table, string column, string value)
    {
        using DuckDBCommand find = _connection.CreateCommand();
        find.CommandText = $"SELECT id FROM {table} WHERE {column} = $value";
        find.Parameters.Add(new DuckDBParameter("value", value));
        if (find.ExecuteScalar() is { } existing)
        {
            return Convert.ToUInt16(existing, CultureInfo.InvariantCulture);
        }
        using DuckDBCommand insert = _connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {table} SELECT coalesce(max(id) + 1, 1), $value FROM {table} RETURNING id";
        insert.Parameters.Add(new DuckDBParameter("value", value));
        return Convert.ToUInt16(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // Rows newer than the newest stored time are appended straight to the table, and rows at that time too unless their
    // key is among those stored at it (NewestStoredKeys); only older rows (a replay, a late receiver) go through the
    // staging table and the anti-join that keeps replay idempotent. In-order ingest thus never stages a row.
    private int CommitPositions(ReadOnlySpan<PositionRecord> positions, NewestKeysBuilder<PositionKey> newest)
    {
        if (positions.IsEmpty)
        {
            return 0;
        }
        long oldestStaged = long.MaxValue, newestStaged = long.MinValue;
        int added = 0;
        PositionChunkAppender? staging = null;
        try
        {
            using var table = new PositionChunkAppender(_connection, "positions", temporary: false);
            foreach (ref readonly PositionRecord p in positions)
            {
                switch (newest.Place(p.TimeMicros, PositionKey.Of(p)))
                {
                    case RowPlace.Append:
                        table.Append(p);
                        added++;
                        break;
                    case RowPlace.Stage:
                        staging ??= new PositionChunkAppender(_connection, "incoming_positions", temporary: true);
                        staging.Append(p);
                        oldestStaged = Math.Min(oldestStaged, p.TimeMicros);
                        newestStaged = Math.Max(newestStaged, p.TimeMicros);
                        break;
                    default:
                        break;
                }
            }
        }
        finally
        {
            staging?.Dispose();
        }
        if (staging is not null)
        {
            added += ExecuteBetween(ArchiveSchema.InsertNewPositions, oldestStaged, newestStaged);
            Execute(_connection, "DELETE FROM incoming_positions");
        }
        return added;
    }

    // As for positions: reports newer than the newest stored go straight into the table, older ones through the anti-join.
    private void CommitStatics(IReadOnlyList<VesselStaticRecord> statics, NewestKeysBuilder<(uint, ulong)> newest)
    {
        if (statics.Count == 0)
        {
            return;
        }
        long oldestStaged = long.MaxValue, newestStaged = long.MinValue;
        DuckDBAppender? staging = null;
        try
        {
            using DuckDBAppender table = _connection.CreateAppender("vessel_statics");
            foreach (VesselStaticRecord s in statics)
            {
                DuckDBAppender target = table;
                switch (newest.Place(s.TimeMicros, (s.Mmsi, s.PayloadHash)))
                {
                    case RowPlace.Skip:
                        continue;
                    case RowPlace.Stage:
                        target = staging ??= _connection.CreateAppender("temp", "main", "incoming_statics");
                        oldestStaged = Math.Min(oldestStaged, s.TimeMicros);
                        newestStaged = Math.Max(newestStaged, s.TimeMicros);
                        break;
                    default:
                        break;
                }
                target.CreateRow()
                    .AppendValue(s.TimeMicros).AppendValue(s.Mmsi).AppendValue(s.MessageType).AppendValue(s.Name)
                    .AppendValue(s.CallSign).AppendValue(s.Imo).AppendValue(s.ShipType).AppendValue(s.ToBow)
                    .AppendValue(s.ToStern).AppendValue(s.ToPort).AppendValue(s.ToStarboard).AppendValue(s.DraughtDecimetres)
                    .AppendValue(s.Destination).AppendValue(s.SourceId).AppendValue(s.LabelId).AppendValue(s.PayloadHash)
                    .AppendValue(s.Eta).AppendValue(s.AidType).EndRow();
            }
        }
        finally
        {
            staging?.Dispose();
        }
        if (staging is not null)
        {
            ExecuteBetween(ArchiveSchema.InsertNewStatics, oldestStaged, newestStaged);
            Execute(_connection, "DELETE FROM incoming_statics");
        }
    }

    private void CommitReceiverUpdates(IReadOnlyList<ReceiverCountUpdate> updates)
    {
        if (updates.Count == 0)
        {
            return;
        }
        long first = long.MaxValue, last = long.MinValue;
        using (DuckDBAppender appender = _connection.CreateAppender("temp", "main", "incoming_receivers"))
        {
            foreach (ReceiverCountUpdate u in updates)
            {
                PositionRecord p = u.Stored;
                first = Math.Min(first, p.TimeMicros);
                last = Math.Max(last, p.TimeMicros);
                appender.CreateRow()
                    .AppendValue(p.TimeMicros).AppendValue(p.Mmsi).AppendValue(p.LatitudeRaw).AppendValue(p.LongitudeRaw)
                    .AppendValue(p.SpeedRaw).AppendValue(p.CourseRaw).AppendValue(p.HeadingRaw).AppendValue(p.Status)
                    .AppendValue(p.MessageType).AppendValue(p.HighAccuracy).AppendValue(p.RateOfTurnRaw).AppendValue(p.AltitudeRaw)
                    .AppendValue(u.Receivers).EndRow();
            }
        }
        ExecuteBetween(ArchiveSchema.RaiseReceivers, first, last);
        Execute(_connection, "DELETE FROM incoming_receivers");
    }

    // The key of a row of ArchiveSchema.NewestPositionKeys (the columns of PositionKey.Columns).
    private static PositionKey StoredKeyOf(DbDataReader row) => PositionKey.Of(new PositionRecord(
        row.GetInt64(0), row.GetFieldValue<uint>(1), row.GetInt32(2), row.GetInt32(3), row.GetFieldValue<ushort>(4),
        row.GetFieldValue<ushort>(5), row.GetFieldValue<ushort>(6), row.GetFieldValue<byte>(7), row.GetFieldValue<byte>(8),
        PayloadHash: 0, SourceId: 0, LabelId: 0, Receivers: 0, row.GetBoolean(9), row.GetFieldValue<sbyte>(10),
        row.GetFieldValue<ushort>(11)));

    private int ExecuteBetween(string sqlFormat, long first, long last)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = string.Format(CultureInfo.InvariantCulture, sqlFormat, first, last);
        return command.ExecuteNonQuery();
    }
}
