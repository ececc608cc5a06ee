using System.Diagnostics;
using System.Globalization;
using Concert.Maritime.Picture;

namespace Concert.Picture.Benchmarks;

/// <summary>
/// Times single viewport queries of 20,000 vessels (of 200,000) while a writer keeps moving those vessels about the
/// viewport, and prints the percentiles: the figure a watch officer panning the map feels.
/// </summary>
internal static class ViewportLatency
{
    public static void Run(int queries)
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
                picture.Apply(in report, "BENCH", PictureFixture.SharedFeed, at);
                updates++;
            }
        });

        var timings = new double[queries];
        int found = 0;
        for (int i = -20; i < queries; i++)
        {
            long started = Stopwatch.GetTimestamp();
            found = picture.Query(PictureFixture.SouthChinaSea, PictureFixture.At,
                ReleaseFilter.For(PictureFixture.Decider, PictureFixture.Viewer, PictureFixture.At)).Count;
            if (i >= 0)
            {
                timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }
        stop.Cancel();
        writer.Wait();
        double writerSeconds = Stopwatch.GetElapsedTime(writing).TotalSeconds;
        Array.Sort(timings);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{queries} queries returning {found} vessels of {picture.Count} while {updates / writerSeconds:0} updates/s ran: " +
            $"p50 {Percentile(timings, 0.50):0.000} ms, p99 {Percentile(timings, 0.99):0.000} ms, max {timings[^1]:0.000} ms"));
    }

    private static double Percentile(double[] sorted, double fraction) => sorted[(int)Math.Ceiling(fraction * sorted.Length) - 1];
}
