using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Concert.Ais.Reading;
using Concert.Maritime.Ingest;

namespace Concert.Maritime.Feeds;

/// <summary>
/// Imports a position CSV file (NOAA MarineCadastre or Danish Maritime Authority, plain or gzip) to its end. A row that
/// cannot be read is recorded with its line number and reason in <see cref="FeedStatistics.RecentRowErrors"/> and
/// skipped; it never stops the import. A file whose header lacks a needed column is not imported at all.
/// </summary>
/// <param name="options">Its configuration; <see cref="FeedOptions.Kind"/> picks the layout, <see cref="FeedOptions.Path"/> the file.</param>
public sealed class CsvPositionFeed(FeedOptions options) : PositionFeed(options)
{
    private protected override async Task RunAsync(IngestPipeline pipeline, FeedRecordWriter writer, CancellationToken cancellation)
    {
        string path = Options.Path ?? throw new InvalidOperationException($"Feed '{Name}' has no file path.");
        CsvPositionFormat format = Options.Kind switch
        {
            FeedKind.MarineCadastreCsv => new MarineCadastreCsvFormat(),
            FeedKind.DanishMaritimeAuthorityCsv => new DanishMaritimeAuthorityCsvFormat(),
            _ => throw new InvalidOperationException($"Feed '{Name}' is not a CSV feed."),
        };
        using AisInput input = AisReader.Open(path);
        using var text = new StreamReader(input.Content, Encoding.UTF8);
        Statistics.AddConnection(pipeline.Clock.GetUtcNow());
        var fields = new List<string>();
        string? header = await text.ReadLineAsync(cancellation).ConfigureAwait(false);
        string? problem = header is null ? "the file is empty"
            : !CsvFields.Split(header, fields) ? "the header has an unclosed quote"
            : format.BindHeader(fields) is { } missing ? $"the header lacks the columns {missing}"
            : null;
        if (problem is not null)
        {
            throw new InvalidDataException($"{path}: {problem}.");
        }
        long lineNumber = 1;
        while (await text.ReadLineAsync(cancellation).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }
            Statistics.AddLines(1);
            if (!CsvFields.Split(line, fields))
            {
                Statistics.AddRowError(new CsvRowError(lineNumber, "unclosed quote", line));
                continue;
            }
            if (!format.TryRead(fields, out CsvPosition position, out string reason, out string detail))
            {
                Statistics.AddRowError(new CsvRowError(lineNumber, reason, detail));
                continue;
            }
            Statistics.AddMessages(1);
            writer.Add(ToRecord(position, writer));
            if (writer.IsFull)
            {
                await writer.FlushAsync(lineNumber, cancellation).ConfigureAwait(false);
            }
        }
        await writer.FlushAsync(lineNumber, cancellation).ConfigureAwait(false);
    }

    private static PositionRecord ToRecord(in CsvPosition position, FeedRecordWriter writer)
    {
        long micros = (position.Time.Ticks - DateTime.UnixEpoch.Ticks) / 10;
        var record = new PositionRecord(
            micros, position.Mmsi, PositionRecord.ToRaw(position.Latitude), PositionRecord.ToRaw(position.Longitude),
            position.SpeedKnots is double speed ? (ushort)Math.Round(speed * 10) : PositionRecord.SpeedNotAvailable,
            position.CourseDegrees is double course ? (ushort)Math.Round(course * 10) : PositionRecord.CourseNotAvailable,
            position.HeadingDegrees is int heading ? (ushort)heading : PositionRecord.HeadingNotAvailable,
            position.Status, position.MessageType, 0, writer.SourceId, writer.LabelId, 1);
        return record with { PayloadHash = Hash(record) };
    }

    // A row has no payload: its values stand in, so the same row imported twice, or from two files, is one position.
    private static ulong Hash(in PositionRecord record)
    {
        Span<byte> values = stackalloc byte[27];
        BinaryPrimitives.WriteInt64LittleEndian(values, record.TimeMicros);
        BinaryPrimitives.WriteUInt32LittleEndian(values[8..], record.Mmsi);
        BinaryPrimitives.WriteInt32LittleEndian(values[12..], record.LatitudeRaw);
        BinaryPrimitives.WriteInt32LittleEndian(values[16..], record.LongitudeRaw);
        BinaryPrimitives.WriteUInt16LittleEndian(values[20..], record.SpeedRaw);
        BinaryPrimitives.WriteUInt16LittleEndian(values[22..], record.CourseRaw);
        BinaryPrimitives.WriteUInt16LittleEndian(values[24..], record.HeadingRaw);
        values[26] = record.Status;
        return XxHash3.HashToUInt64(values);
    }
}
