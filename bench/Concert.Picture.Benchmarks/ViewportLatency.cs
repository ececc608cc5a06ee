using System.Diagnostics;
using System.Globalization;
using Concert.Maritime.Picture;

namespace Concert.Picture.Benchmarks;

/// <summary>
/// Times single viewport queries of 20,000 vessels (of 200,000) while a writer keeps moving those vessels about the
/// viewport, and prints the percentiles of wall time (what a watch officer panning the map feels) and of the query
/// thread's processor time (what the query costs, whatever else the machine runs). The peer in the same run is a plain
/// scan of every vessel's state (no spatial index), filtered, released and ordered the same way. With
/// <c>deferred</c> the writer merges positions as the committed feed does (<see cref="MaritimePicture.ApplyPosition"/>),
/// so the queries also build the states of the vessels that moved since they were last read.
/// </summary>
internal static class ViewportLatency
{
    public static void Run(int queries, bool deferred)
    {
        long building = Stopwatch.GetTimestamp();
        MaritimePicture picture = PictureFixture.Build();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Built a picture of {picture.Count} vessels in {Stopwatch.GetElapsedTime(building).TotalSeconds:0.0} s."));
        using var stop = new CancellationTokenSource();
        long updates = 0;
        long writing = Stopwatch.GetTimestamp();
        var writer = Task.Run(() =>
        {
            var random = new Random(3);
            DateTimeOffset at = PictureFixture.At;
            while (!stop.IsCancellationRequested)
            {
                var report = PictureFixture.Report(
                    (uint)(201_000_000 + random.Next(PictureFixture.InViewport)), random.NextDouble() * 25, 100 + random.NextDouble() * 25);
                if (deferred)
                {
                    picture.ApplyPosition(in report, PictureFixture.SharedFeed, at);
                }
                else
                {
                    picture.Apply(in report, "BENCH", PictureFixture.SharedFeed, at);
                }
                updates++;
            }
        });

        Measure("grid query", queries, () =>
        {
            using ViewportSightings sightings = picture.Query(PictureFixture.SouthChinaSea, PictureFixture.At,
                ReleaseFilter.For(PictureFixture.Decider, PictureFixture.Viewer, PictureFixture.At));
            return sightings.Count;
        });
        Measure("plain scan", Math.Max(queries / 10, 100), () =>
        {
            Func<Concert.Sharing.ConfidentialityLabel, bool> isReleased =
                ReleaseFilter.For(PictureFixture.Decider, PictureFixture.Viewer, PictureFixture.At);
            DateTimeOffset lostBefore = PictureFixture.At - picture.Options.LostAfter;
            return picture.Snapshot()
                .Where(state => state.Position is { } position
                    && PictureFixture.SouthChinaSea.Contains(position.Latitude, position.Longitude)
                    && position.Provenance.ReceivedAt >= lostBefore && isReleased(state.Label))
                .Select(state => new VesselSighting(state, PictureFixture.At - state.Position!.Provenance.ReceivedAt, Staleness.Live))
                .OrderBy(sighting => sighting.State.Mmsi)
                .Count();
        });
        stop.Cancel();
        writer.Wait();
        double writerSeconds = Stopwatch.GetElapsedTime(writing).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The writer ran {updates / writerSeconds:0} updates/s throughout."));
    }

    private static void Measure(string name, int queries, Func<int> query)
    {
        var wall = new double[queries];
        var processor = new double[queries];
        int found = 0;
        long allocatedBefore = 0;
        for (int i = -20; i < queries; i++)
        {
            if (i == 0)
            {
                allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            }
            double processorStart = ThreadClock.Milliseconds();
            long started = Stopwatch.GetTimestamp();
            found = query();
            if (i >= 0)
            {
                wall[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                processor[i] = ThreadClock.Milliseconds() - processorStart;
            }
        }
        long allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / queries;
        Array.Sort(wall);
        Array.Sort(processor);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {queries} queries returning {found} vessels: wall p50 {Percentile(wall, 0.50):0.000} ms, p99 {Percentile(wall, 0.99):0.000} ms, " +
            $"max {wall[^1]:0.000} ms; processor p50 {Percentile(processor, 0.50):0.000} ms, p99 {Percentile(processor, 0.99):0.000} ms; " +
            $"{allocated:N0} B allocated per query"));
    }

    private static double Percentile(double[] sorted, double fraction) => sorted[(int)Math.Ceiling(fraction * sorted.Length) - 1];
}
