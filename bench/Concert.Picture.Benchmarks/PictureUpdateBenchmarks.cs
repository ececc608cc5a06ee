using BenchmarkDotNet.Attributes;
using Concert.Ais.Messages;
using Concert.Maritime.Picture;

namespace Concert.Picture.Benchmarks;

/// <summary>
/// Position updates merged into a picture of 200,000 vessels: each operation moves 100,000 known vessels, so the time
/// per operation over 100,000 is the time of one update (merge, label check, grid move).
/// </summary>
[MemoryDiagnoser]
public class PictureUpdateBenchmarks
{
    private const int Updates = 100_000;

    private readonly MaritimePicture _picture = PictureFixture.Build();
    private readonly PositionReportClassA[] _reports = new PositionReportClassA[Updates];
    private DateTimeOffset _at = PictureFixture.At;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        for (int i = 0; i < Updates; i++)
        {
            _reports[i] = PictureFixture.Report(
                (uint)(201_000_000 + random.Next(PictureFixture.Total)), random.NextDouble() * 140 - 70, random.NextDouble() * 360 - 180);
        }
    }

    [Benchmark(OperationsPerInvoke = Updates)]
    public int MovePositions()
    {
        int applied = 0;
        _at = _at.AddSeconds(1);
        foreach (PositionReportClassA report in _reports)
        {
            if (_picture.Apply(in report, "BENCH", PictureFixture.SharedFeed, _at) is not null)
            {
                applied++;
            }
        }
        return applied;
    }
}
