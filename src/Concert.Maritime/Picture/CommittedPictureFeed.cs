using Concert.Ais.Messages;
using Concert.Maritime.Ingest;
using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// Feeds the live picture from what the archive has committed: subscribed to <see cref="IngestPipeline.Committed"/>, it
/// merges each committed batch's positions and static reports, so the picture never shows a position the archive could
/// lose in a crash (durable before published), and one decode serves both.
/// </summary>
/// <remarks>
/// The picture shows what the archive stores. A stored record is turned back into the message struct it came from
/// (no allocation) with the fields the archive does not keep (time stamp second, manoeuvre, RAIM, radio state) set to
/// "not available"; the position accuracy flag, rate of turn and a SAR aircraft's altitude are stored, and so is the
/// receiving station the tag block named, which the provenance shows. An aid to navigation's position comes from its position row and its name, type and dimensions from its
/// static row (type 21). Runs on the publishing stage's thread; a large batch's positions are written by one partition
/// per processor (<see cref="PositionPartition"/>), each vessel by one of them.
/// </remarks>
public sealed class CommittedPictureFeed
{
    private const int LatitudeNotAvailable = 91 * 600_000;
    private const int LongitudeNotAvailable = 181 * 600_000;
    private const int SecondNotAvailable = 60;
    private static readonly uint EtaNotAvailable = PackedEta.Pack(0, 0, 24, 60);
    // A batch smaller than this per partition is applied on one thread: handing it out would cost more than it saves.
    private const int MinimumPositionsPerPartition = 4096;
    private readonly MaritimePicture _picture;
    private readonly IngestPipeline _pipeline;
    private readonly PositionPartition[] _partitions;
    private readonly int _minimumPositionsPerPartition;
    private ushort _lastLabelId;
    private ConfidentialityLabel? _lastLabel;

    private CommittedPictureFeed(MaritimePicture picture, IngestPipeline pipeline, int partitions, int minimumPositionsPerPartition)
    {
        _picture = picture;
        _pipeline = pipeline;
        _partitions = new PositionPartition[partitions];
        for (int i = 0; i < partitions; i++)
        {
            _partitions[i] = new PositionPartition(picture, pipeline.LabelOf, pipeline.Archive.StationName, i, partitions);
        }
        _minimumPositionsPerPartition = minimumPositionsPerPartition;
    }

    /// <summary>
    /// Subscribes <paramref name="picture"/> to the batches <paramref name="pipeline"/> commits from now on. A large
    /// batch's positions are written on every processor, split by MMSI.
    /// </summary>
    /// <param name="picture">The live picture.</param>
    /// <param name="pipeline">The ingest pipeline, before it starts.</param>
    /// <returns>The subscribed feed.</returns>
    public static CommittedPictureFeed Follow(MaritimePicture picture, IngestPipeline pipeline) =>
        Follow(picture, pipeline, Environment.ProcessorCount, MinimumPositionsPerPartition);

    /// <summary>As <see cref="Follow(MaritimePicture, IngestPipeline)"/>, with the partitioning chosen (tests).</summary>
    internal static CommittedPictureFeed Follow(MaritimePicture picture, IngestPipeline pipeline, int partitions, int minimumPositionsPerPartition)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var feed = new CommittedPictureFeed(picture, pipeline, partitions, minimumPositionsPerPartition);
        pipeline.Committed += (_, batch) => feed.Apply(batch);
        return feed;
    }

    /// <summary>Merges one committed batch into the picture.</summary>
    /// <param name="batch">The batch, already durable.</param>
    public void Apply(IngestBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (_partitions.Length > 1 && batch.Positions.Length >= _partitions.Length * _minimumPositionsPerPartition)
        {
            ApplyPartitioned(batch.Positions);
        }
        else
        {
            foreach (ref readonly PositionRecord position in batch.Positions.Span)
            {
                ApplyOne(in position);
            }
        }
        foreach (VesselStaticRecord report in batch.Statics)
        {
            Apply(report);
        }
    }

    /// <summary>
    /// Turns a stored position back into the report struct it came from, with the fields the archive does not keep "not
    /// available", and hands it to <paramref name="sink"/> (which knows the receiving station).
    /// </summary>
    internal static void Rebuild<TSink>(in PositionRecord p, ref TSink sink)
        where TSink : struct, ICommittedReportSink
    {
        DateTimeOffset at = p.Time;
        switch (p.MessageType)
        {
            case 1 or 2 or 3:
                sink.Position(new PositionReportClassA(
                    p.MessageType, 0, p.Mmsi, p.Status, p.RateOfTurnRaw, p.SpeedRaw, p.HighAccuracy, p.LongitudeRaw, p.LatitudeRaw,
                    p.CourseRaw, p.HeadingRaw, SecondNotAvailable, 0, 0, false, 0), at);
                break;
            case 18 or 19:
                sink.Position(new PositionReportClassB(
                    p.MessageType, 0, p.Mmsi, 0, p.SpeedRaw, p.HighAccuracy, p.LongitudeRaw, p.LatitudeRaw, p.CourseRaw, p.HeadingRaw,
                    SecondNotAvailable, 0, false, false, false, false, false, false, false, 0), at);
                break;
            case 9:
                sink.Position(new SarAircraftPositionReport(
                    9, 0, p.Mmsi, p.AltitudeRaw, p.SpeedRaw == PositionRecord.SpeedNotAvailable ? 1023 : p.SpeedRaw / 10, p.HighAccuracy,
                    p.LongitudeRaw, p.LatitudeRaw, p.CourseRaw, SecondNotAvailable, 0, false, 0, false, false, 0), at);
                break;
            case 21:
                // Through the full merge: an aid's report also sets its particulars.
                sink.AidToNavigation(new AidToNavigationReport(
                    21, 0, p.Mmsi, 0, "", p.HighAccuracy, p.LongitudeRaw, p.LatitudeRaw, default, 0, SecondNotAvailable, false, 0,
                    false, false, false, false, "", 0), at);
                break;
            case 27:
                // Type 27 counts in 1/10 minute, whole knots and whole degrees.
                sink.Position(new LongRangePositionReport(
                    27, 0, p.Mmsi, p.HighAccuracy, false, p.Status, p.LongitudeRaw / 1000, p.LatitudeRaw / 1000,
                    p.SpeedRaw == PositionRecord.SpeedNotAvailable ? 63 : Math.Min((p.SpeedRaw + 5) / 10, 62),
                    p.CourseRaw == PositionRecord.CourseNotAvailable ? 511 : (p.CourseRaw + 5) / 10 % 360,
                    false, false, false), at);
                break;
            default:
                // A CSV import (type 0): the same report a class A unit makes.
                sink.Position(new PositionReportClassA(
                    1, 0, p.Mmsi, p.Status, p.RateOfTurnRaw, p.SpeedRaw, p.HighAccuracy, p.LongitudeRaw, p.LatitudeRaw,
                    p.CourseRaw, p.HeadingRaw, SecondNotAvailable, 0, 0, false, 0), at);
                break;
        }
    }

    // Every vessel has one writer, so the partitions write at once; the journal, the grid and new slots are the picture
    // writer's alone, so they follow on this thread, in batch order, as one writer would have made them.
    private void ApplyPartitioned(ReadOnlyMemory<PositionRecord> positions)
    {
        using Lock.Scope writer = _picture.EnterWriter();
        Parallel.For(0, _partitions.Length, partition => _partitions[partition].Write(positions.Span));
        foreach (PositionPartition partition in _partitions)
        {
            partition.Record();
        }
        ReadOnlySpan<PositionRecord> batch = positions.Span;
        Span<int> next = stackalloc int[_partitions.Length];
        while (true)
        {
            int earliest = -1;
            for (int partition = 0; partition < _partitions.Length; partition++)
            {
                ReadOnlySpan<int> deferred = _partitions[partition].Deferred;
                if (next[partition] < deferred.Length && (earliest < 0 || deferred[next[partition]] < _partitions[earliest].Deferred[next[earliest]]))
                {
                    earliest = partition;
                }
            }
            if (earliest < 0)
            {
                return;
            }
            ApplyOne(in batch[_partitions[earliest].Deferred[next[earliest]++]]);
        }
    }

    // Merges one stored position as the picture's one writer: a batch applied on one thread, or a report the partitions left.
    private void ApplyOne(in PositionRecord position)
    {
        var sink = new AppliedReportSink(_picture, LabelOf(position.LabelId), _pipeline.Archive.StationName(position.StationId));
        Rebuild(in position, ref sink);
    }

    private ConfidentialityLabel LabelOf(ushort labelId)
    {
        if (_lastLabel is null || labelId != _lastLabelId)
        {
            _lastLabel = _pipeline.LabelOf(labelId);
            _lastLabelId = labelId;
        }
        return _lastLabel;
    }

    private void Apply(VesselStaticRecord s)
    {
        ConfidentialityLabel label = LabelOf(s.LabelId);
        DateTimeOffset at = DateTimeOffset.UnixEpoch.AddTicks(s.TimeMicros * 10);
        var dimensions = new ShipDimensions(s.ToBow ?? 0, s.ToStern ?? 0, s.ToPort ?? 0, s.ToStarboard ?? 0);
        switch (s.MessageType)
        {
            case 5:
                uint eta = s.Eta ?? EtaNotAvailable;
                _picture.Apply(new StaticAndVoyageData(
                    5, 0, s.Mmsi, 0, s.Imo ?? 0, s.CallSign ?? "", s.Name ?? "", s.ShipType ?? 0, dimensions, 0, PackedEta.Month(eta),
                    PackedEta.Day(eta), PackedEta.Hour(eta), PackedEta.Minute(eta), s.DraughtDecimetres ?? 0, s.Destination ?? "", false, false), null, label, at);
                break;
            case 19:
                _picture.Apply(new ExtendedPositionReportClassB(
                    19, 0, s.Mmsi, 0, PositionRecord.SpeedNotAvailable, false, LongitudeNotAvailable, LatitudeNotAvailable,
                    PositionRecord.CourseNotAvailable, PositionRecord.HeadingNotAvailable, SecondNotAvailable, 0, s.Name ?? "",
                    s.ShipType ?? 0, dimensions, 0, false, false, false, 0), null, label, at);
                break;
            case 21:
                // The name, type and dimensions of an aid to navigation; its position comes with the positions.
                _picture.Apply(new AidToNavigationReport(
                    21, 0, s.Mmsi, s.AidType ?? 0, s.Name ?? "", false, LongitudeNotAvailable, LatitudeNotAvailable, dimensions,
                    0, SecondNotAvailable, false, 0, false, false, false, false, "", 0), null, label, at);
                break;
            case 24 when s.ShipType is null:
                _picture.Apply(new StaticDataReportPartA(24, 0, s.Mmsi, s.Name ?? "", 0, 0), null, label, at);
                break;
            case 24:
                _picture.Apply(new StaticDataReportPartB(
                    24, 0, s.Mmsi, s.ShipType ?? 0, 0, 0, 0, s.CallSign ?? "", dimensions, 0), null, label, at);
                break;
            default:
                break;
        }
    }
}
