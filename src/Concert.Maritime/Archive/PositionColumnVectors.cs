using Concert.Maritime.Ingest;
using DuckDB.NET.Native;

namespace Concert.Maritime.Archive;

/// <summary>
/// The sixteen typed column vectors of a DuckDB data chunk with the columns of <c>positions</c>
/// (<see cref="ArchiveSchema.PositionColumnTypes"/>, which the caller checks first): a position is sixteen loads or
/// sixteen stores. Valid until the chunk is reset, fetched anew or destroyed. Every column is NOT NULL, so validity
/// masks are neither read nor written.
/// </summary>
internal readonly unsafe struct PositionColumnVectors
{
    private readonly long* _time;
    private readonly uint* _mmsi;
    private readonly int* _latitude;
    private readonly int* _longitude;
    private readonly ushort* _speed;
    private readonly ushort* _course;
    private readonly ushort* _heading;
    private readonly byte* _status;
    private readonly byte* _messageType;
    private readonly byte* _receivers;
    private readonly ushort* _source;
    private readonly ushort* _label;
    private readonly bool* _accuracy;
    private readonly sbyte* _rateOfTurn;
    private readonly ushort* _altitude;
    private readonly ushort* _station;

    /// <summary>The vectors of <paramref name="chunk"/>.</summary>
    public PositionColumnVectors(DuckDBDataChunk chunk)
    {
        _time = (long*)Column(chunk, 0);
        _mmsi = (uint*)Column(chunk, 1);
        _latitude = (int*)Column(chunk, 2);
        _longitude = (int*)Column(chunk, 3);
        _speed = (ushort*)Column(chunk, 4);
        _course = (ushort*)Column(chunk, 5);
        _heading = (ushort*)Column(chunk, 6);
        _status = (byte*)Column(chunk, 7);
        _messageType = (byte*)Column(chunk, 8);
        _receivers = (byte*)Column(chunk, 9);
        _source = (ushort*)Column(chunk, 10);
        _label = (ushort*)Column(chunk, 11);
        _accuracy = (bool*)Column(chunk, 12);
        _rateOfTurn = (sbyte*)Column(chunk, 13);
        _altitude = (ushort*)Column(chunk, 14);
        _station = (ushort*)Column(chunk, 15);
    }

    /// <summary>Row <paramref name="row"/> as a position; archive rows carry no payload hash.</summary>
    public PositionRecord Read(int row) => new(
        _time[row], _mmsi[row], _latitude[row], _longitude[row], _speed[row], _course[row], _heading[row], _status[row],
        _messageType[row], PayloadHash: 0, _source[row], _label[row], _receivers[row], _accuracy[row], _rateOfTurn[row],
        _altitude[row], _station[row]);

    /// <summary>Writes <paramref name="position"/> into row <paramref name="row"/>.</summary>
    public void Write(int row, in PositionRecord position)
    {
        _time[row] = position.TimeMicros;
        _mmsi[row] = position.Mmsi;
        _latitude[row] = position.LatitudeRaw;
        _longitude[row] = position.LongitudeRaw;
        _speed[row] = position.SpeedRaw;
        _course[row] = position.CourseRaw;
        _heading[row] = position.HeadingRaw;
        _status[row] = position.Status;
        _messageType[row] = position.MessageType;
        _receivers[row] = position.Receivers;
        _source[row] = position.SourceId;
        _label[row] = position.LabelId;
        _accuracy[row] = position.HighAccuracy;
        _rateOfTurn[row] = position.RateOfTurnRaw;
        _altitude[row] = position.AltitudeRaw;
        _station[row] = position.StationId;
    }

    private static void* Column(DuckDBDataChunk chunk, int index) =>
        NativeMethods.Vectors.DuckDBVectorGetData(NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk, index));
}
