using Concert.Maritime.Archive;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;

namespace Concert.Maritime.Tests.Feeds;

public sealed class CsvPositionFeedTests : IDisposable
{
    private static readonly DateTimeOffset Noaa = new(2022, 1, 3, 0, 0, 0, TimeSpan.Zero);
    private readonly TestArchive _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task The_MarineCadastre_sample_imports_every_row_and_stores_its_one_repeated_row_once()
    {
        // 3,000 rows; lines 316 and 2814 are the same report of BOTANY BAY, word for word.
        IngestSummary summary = await Import(FeedKind.MarineCadastreCsv, FileFeeds.TestData("marinecadastre", "AIS_2022_01_03_first3000.csv"));

        FeedOutcome feed = Assert.Single(summary.Feeds);
        Assert.Null(feed.Error);
        Assert.Equal(3_000, feed.Statistics.Lines);
        Assert.Equal(0, feed.Statistics.RejectedLines);
        Assert.Equal(2_999, summary.PositionsCommitted);
        Assert.Equal(1, summary.RepeatsMerged);
    }

    [Fact]
    public async Task A_MarineCadastre_row_keeps_its_values_in_AIS_units()
    {
        await Import(FeedKind.MarineCadastreCsv, FileFeeds.TestData("marinecadastre", "AIS_2022_01_03_first3000.csv"));
        using ArchiveQueries queries = _test.Archive.OpenQueries();

        // Line 3: 367379190,2022-01-03T00:00:00,30.3706,-88.56408,0.0,336.2,511,EAGLE,…,Status 0,…,A
        PositionRecord eagle = Assert.Single(queries.Track(367_379_190, Noaa, Noaa.AddDays(1), ReleasableLabels.Of([1])));
        Assert.Equal(new PositionRecord(Batches.Micros(Noaa), 367_379_190, 18_222_360, -53_138_448, 0, 3362, 511, 0, 1, eagle.PayloadHash, 1, 1, 1), eagle);

        // Line 316 (repeated on line 2814; lines 335, 411 and 2815 put it a metre or two away in the same second): COG
        // 360.0 and heading 511 are "not available"; status 5 (moored); class A.
        IReadOnlyList<PositionRecord> second = queries.Track(338_120_363, Noaa, Noaa, ReleasableLabels.Of([1]));
        Assert.Equal(4, second.Count);
        PositionRecord botany = Assert.Single(second, position => position.LatitudeRaw == PositionRecord.ToRaw(33.84707) && position.LongitudeRaw == PositionRecord.ToRaw(-118.39728));
        Assert.Null(botany.CourseDegrees);
        Assert.Null(botany.HeadingDegrees);
        Assert.Equal(5, botany.Status);
        Assert.Equal(2, botany.Receivers);
    }

    [Fact]
    public async Task Unreadable_MarineCadastre_rows_are_reported_with_their_line_numbers_and_skipped()
    {
        string path = FileFeeds.WriteLines(_test.Directory, "errors.csv",
        [
            "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass",
            "367379190,2022-01-03T00:00:00,30.3706,-88.56408,0.0,336.2,511,EAGLE,IMO8207721,WTD4583,31,0,28,11,3.3,52,A",
            "36737919A,2022-01-03T00:00:01,30.3706,-88.56408,0.0,336.2,511,EAGLE,IMO8207721,WTD4583,31,0,28,11,3.3,52,A",
            "367379190,2022-01-03 00:00:02,30.3706,-88.56408,0.0,336.2,511,EAGLE,IMO8207721,WTD4583,31,0,28,11,3.3,52,A",
            "367379190,2022-01-03T00:00:03,95.0,-88.56408,0.0,336.2,511,EAGLE,IMO8207721,WTD4583,31,0,28,11,3.3,52,A",
            "367379190,2022-01-03T00:00:04,30.3706",
            "367379190,2022-01-03T00:00:05,30.3706,-88.56408,fast,336.2,511,EAGLE,IMO8207721,WTD4583,31,0,28,11,3.3,52,A",
            "\"367379190,2022-01-03T00:00:06,30.3706,-88.56408,0.0,336.2,511,EAGLE,IMO8207721,WTD4583,31,0,28,11,3.3,52,A",
            "367379190,2022-01-03T00:00:07,30.3707,-88.56409,0.1,336.2,511,\"EAGLE, THE\",IMO8207721,WTD4583,31,0,28,11,3.3,52,A",
        ]);

        IngestSummary summary = await Import(FeedKind.MarineCadastreCsv, path);

        FeedStatistics statistics = Assert.Single(summary.Feeds).Statistics;
        Assert.Equal(
            [(3L, "bad MMSI"), (4L, "bad time"), (5L, "bad latitude"), (6L, "too few columns"), (7L, "bad number"), (8L, "unclosed quote")],
            statistics.RecentRowErrors.Select(error => (error.LineNumber, error.Reason)));
        Assert.Equal(2, summary.PositionsCommitted);
    }

    [Fact]
    public async Task The_Danish_layout_reads_its_day_first_times_and_status_texts()
    {
        IngestSummary summary = await Import(FeedKind.DanishMaritimeAuthorityCsv, FileFeeds.TestData("dma", "aisdk-sample.csv"));

        FeedStatistics statistics = Assert.Single(summary.Feeds).Statistics;
        Assert.Equal(
            [(4L, "no position"), (6L, "bad time"), (7L, "bad MMSI"), (8L, "too few columns")],
            statistics.RecentRowErrors.Select(error => (error.LineNumber, error.Reason)));
        Assert.Equal(4, summary.PositionsCommitted);

        using ArchiveQueries queries = _test.Archive.OpenQueries();
        var day = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
        IReadOnlyList<PositionRecord> track = queries.Track(219_000_873, day, day.AddMinutes(1), ReleasableLabels.Of([1]));
        Assert.Equal([Batches.Micros(day), Batches.Micros(day.AddSeconds(6))], track.Select(position => position.TimeMicros));
        Assert.Equal([0, 1], track.Select(position => (int)position.Status));
        Assert.Equal(56.990910, track[0].Latitude, 6);
        Assert.Equal(307, track[0].CourseRaw);
        Assert.Equal(196, track[0].HeadingRaw);
        PositionRecord classB = Assert.Single(queries.Track(211_235_220, day, day.AddMinutes(1), ReleasableLabels.Of([1])));
        Assert.Equal((18, 42, 511, 15), (classB.MessageType, classB.SpeedRaw, classB.HeadingRaw, classB.Status));
    }

    [Fact]
    public async Task A_file_whose_header_lacks_a_column_is_not_imported()
    {
        string path = FileFeeds.WriteLines(_test.Directory, "wrong.csv", ["MMSI,LAT,LON", "367379190,30.3706,-88.56408"]);

        IngestSummary summary = await Import(FeedKind.MarineCadastreCsv, path);

        Assert.Contains("BaseDateTime", Assert.Single(summary.Feeds).Error, StringComparison.Ordinal);
        Assert.Equal(0, summary.PositionsCommitted);
    }

    private Task<IngestSummary> Import(FeedKind kind, string path) =>
        IngestRunner.IngestFileAsync(_test.Archive, new FeedOptions { Name = "csv", Kind = kind, Path = path, Label = FileFeeds.Open });
}
