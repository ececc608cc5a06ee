using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Concert.Maritime.Exercise;

namespace Concert.Picture.Benchmarks;

/// <summary>Exercise traffic generation: 2,000 vessels for one simulated hour, to memory, plain and gzip.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private readonly ExerciseOptions _options = ExerciseOptions.Default with { Vessels = 2000 };

    [Benchmark]
    public async Task<long> TwoThousandVesselsOneHour()
    {
        ExerciseGenerationSummary summary = await ExerciseGenerator.GenerateAsync(_options, 1, Stream.Null);
        return summary.Lines;
    }

    [Benchmark]
    public async Task<long> TwoThousandVesselsOneHourGzip()
    {
        string path = Path.Combine(Path.GetTempPath(), "concert-generator-benchmark.nmea.gz");
        ExerciseGenerationSummary summary = await ExerciseGenerator.GenerateAsync(_options, 1, path);
        File.Delete(path);
        return summary.Lines;
    }
}
