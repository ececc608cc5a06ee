using Concert.Maritime.Feeds;
using Concert.Sharing;

namespace Concert.Maritime.Tests.Support;

/// <summary>Feed options for test files, labelled NATO UNCLASSIFIED releasable to GBR.</summary>
public static class FileFeeds
{
    public static readonly ConfidentialityLabel Open = TestArchive.Label(Classification.Unclassified, "GBR");

    public static FeedOptions Nmea(string path, string name = "file") => new() { Name = name, Kind = FeedKind.NmeaFile, Path = path, Label = Open };

    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    public static string WriteLines(string directory, string name, IEnumerable<string> lines)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
