using Concert.Maritime.Ingest;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Concert.Maritime.Archive;

/// <summary>
/// Runs a query whose columns are <see cref="ReadPathSchema.PositionColumns"/> and reads its rows as
/// <see cref="PositionRecord"/>s straight from DuckDB's result chunks: a position costs sixteen loads from typed column
/// vectors, where <see cref="DuckDBDataReader"/> costs a checked, type-dispatched call per value. The query runs on the
/// connection's open transaction, if any. Not thread-safe; dispose to free the result.
/// </summary>
/// <remarks>
/// On the 100 M benchmark archive this took the 30-day track's 5,000 positions from about 2.5 processor-ms of reading to
/// nearly nothing (docs/maritime-ingest.md, "Fifth session: read latency"). The columns' types are checked once, so a
/// query that returns other columns fails instead of reading memory as the wrong type. Every column of a stored
/// position is NOT NULL, so the validity masks are not read.
/// </remarks>
internal sealed class StoredPositionReader : IDisposable
{
    private DuckDBResult _result;
    private DuckDBDataChunk? _chunk;
    private bool _disposed;

    // Column data of the current chunk: valid until the next chunk is fetched.
    private PositionColumnVectors _columns;

    /// <summary>Runs <paramref name="sql"/> on <paramref name="connection"/>; its whole result is held until disposed.</summary>
    public StoredPositionReader(DuckDBConnection connection, string sql)
    {
        if (NativeMethods.Query.DuckDBQuery(connection.NativeConnection, sql, out _result) != DuckDBState.Success)
        {
            string error = NativeMethods.Query.DuckDBResultError(ref _result);
            NativeMethods.Query.DuckDBDestroyResult(ref _result);
            throw new InvalidOperationException($"Reading positions failed: {error}");
        }
        int columns = (int)NativeMethods.Query.DuckDBColumnCount(ref _result);
        var types = new DuckDBType[columns];
        for (int i = 0; i < columns; i++)
        {
            types[i] = NativeMethods.Query.DuckDBColumnType(ref _result, i);
        }
        if (!types.SequenceEqual(ArchiveSchema.PositionColumnTypes))
        {
            NativeMethods.Query.DuckDBDestroyResult(ref _result);
            throw new InvalidOperationException("The query does not return the columns of positions.");
        }
        Rows = (int)NativeMethods.Query.DuckDBRowCount(ref _result);
    }

    /// <summary>The rows of the whole result.</summary>
    public int Rows { get; }

    /// <summary>The rows of the current chunk.</summary>
    public int Count { get; private set; }

    /// <summary>Row <paramref name="row"/> of the current chunk (0 to <see cref="Count"/> − 1).</summary>
    public PositionRecord this[int row] => _columns.Read(row);

    /// <summary>Moves to the next chunk of rows; false when the result is exhausted.</summary>
    public bool NextChunk()
    {
        _chunk?.Dispose();
        _chunk = NativeMethods.Query.DuckDBFetchChunk(_result);
        Count = _chunk.IsInvalid ? 0 : (int)NativeMethods.DataChunks.DuckDBDataChunkGetSize(_chunk);
        if (Count == 0)
        {
            return false;
        }
        _columns = new PositionColumnVectors(_chunk);
        return true;
    }

    /// <summary>Adds every row of the result to <paramref name="positions"/>, in the result's order.</summary>
    public void ReadInto(List<PositionRecord> positions)
    {
        positions.EnsureCapacity(positions.Count + Rows);
        while (NextChunk())
        {
            for (int row = 0; row < Count; row++)
            {
                positions.Add(this[row]);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _chunk?.Dispose();
        NativeMethods.Query.DuckDBDestroyResult(ref _result);
    }
}
