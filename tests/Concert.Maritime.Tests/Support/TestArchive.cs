using Concert.Maritime.Archive;
using Concert.Sharing;

namespace Concert.Maritime.Tests.Support;

/// <summary>A fresh archive in a temporary folder, deleted on dispose.</summary>
public sealed class TestArchive : IDisposable
{
    public TestArchive(RetentionPolicy? retention = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "concert-archive-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Options = new ArchiveOptions
        {
            DatabasePath = Path.Combine(Directory, "positions.duckdb"),
            ParquetDirectory = Path.Combine(Directory, "parquet"),
            Retention = retention ?? RetentionPolicy.KeepEverything,
        };
        Archive = PositionArchive.Open(Options);
    }

    public string Directory { get; }

    public ArchiveOptions Options { get; }

    public PositionArchive Archive { get; }

    public static ConfidentialityLabel Label(Classification classification, params string[] nations) =>
        new("NATO", classification, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), NationSet.Of(nations.Select(Trigraph.Parse)));

    public void Dispose()
    {
        Archive.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
