using BenchmarkDotNet.Attributes;
using Concert.Maritime.Picture;

namespace Concert.Picture.Benchmarks;

/// <summary>A viewport query returning 20,000 of 200,000 vessels, with the release decision inside the query.</summary>
[MemoryDiagnoser]
public class ViewportQueryBenchmarks
{
    private readonly MaritimePicture _picture = PictureFixture.Build();

    [Benchmark]
    public int SouthChinaSea20000() => CountIn(PictureFixture.SouthChinaSea);

    [Benchmark]
    public int SingaporeStrait() => CountIn(new GeoBox(1, 103.5, 1.5, 104.5));

    private int CountIn(GeoBox box)
    {
        using ViewportSightings sightings = _picture.Query(box, PictureFixture.At,
            ReleaseFilter.For(PictureFixture.Decider, PictureFixture.Viewer, PictureFixture.At));
        return sightings.Count;
    }
}
