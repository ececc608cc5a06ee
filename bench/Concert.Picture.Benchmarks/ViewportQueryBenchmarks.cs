using BenchmarkDotNet.Attributes;
using Concert.Maritime.Picture;

namespace Concert.Picture.Benchmarks;

/// <summary>A viewport query returning 20,000 of 200,000 vessels, with the release decision inside the query.</summary>
[MemoryDiagnoser]
public class ViewportQueryBenchmarks
{
    private readonly MaritimePicture _picture = PictureFixture.Build();

    [Benchmark]
    public int SouthChinaSea20000() =>
        _picture.Query(PictureFixture.SouthChinaSea, PictureFixture.At,
            ReleaseFilter.For(PictureFixture.Decider, PictureFixture.Viewer, PictureFixture.At)).Count;

    [Benchmark]
    public int SingaporeStrait() =>
        _picture.Query(new GeoBox(1, 103.5, 1.5, 104.5), PictureFixture.At,
            ReleaseFilter.For(PictureFixture.Decider, PictureFixture.Viewer, PictureFixture.At)).Count;
}
