using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Concert.Commands;
using Concert.Maritime.Archive;

namespace Concert.Tests;

/// <summary><c>concert exercise generate</c>, <c>concert ingest</c> and <c>concert plan bench</c>, at small sizes.</summary>
public sealed partial class MaritimeCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "concert-verbs-" + Guid.NewGuid().ToString("N"));

    public MaritimeCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Generate_writes_the_same_tag_blocked_traffic_for_the_same_seed()
    {
        string first = Path.Combine(_folder, "a.nmea");
        string second = Path.Combine(_folder, "b.nmea");
        (int exit, string output, _) = Run("exercise", "generate", "--vessels", "12", "--hours", "0.1", "--out", first, "--seed", "5");
        Run("exercise", "generate", "--vessels", "12", "--hours", "0.1", "--out", second, "--seed", "5");

        Assert.Equal(0, exit);
        string[] lines = File.ReadAllLines(first);
        Assert.Contains($"{lines.Length} lines", output, StringComparison.Ordinal);
        Assert.All(lines, line => Assert.Matches(@"^\\s:[^,]+,c:\d+\*[0-9A-F]{2}\\!AIVDM,", line));
        Assert.Equal(lines, File.ReadAllLines(second));
        Assert.NotEqual(lines, Generate("other.nmea", seed: 6));
    }

    [Fact]
    public void Generate_refuses_an_empty_fleet()
    {
        (int exit, _, string error) = Run("exercise", "generate", "--vessels", "0", "--hours", "1", "--out", Path.Combine(_folder, "x.nmea"));
        Assert.Equal(2, exit);
        Assert.Contains("--vessels", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_stores_positions_counts_rejects_by_reason_and_stores_a_repeat_only_once()
    {
        string file = Path.Combine(_folder, "traffic.nmea");
        File.WriteAllLines(file, [.. Generate("clean.nmea", seed: 9), "!AIVDM,1,1,,A,not-armored,0*00", "!AIVDM,broken"]);
        string data = Path.Combine(_folder, "data");

        (int exit, string output, _) = Run("ingest", file, "--data", data);
        Assert.Equal(0, exit);
        long stored = Count(StoredLine().Match(output));
        long positionsRead = Count(PositionsReadLine().Match(output));
        Assert.True(stored > 0);
        Assert.Equal(positionsRead, stored);
        Assert.Equal(2, Count(RejectedLine().Match(output)));
        Assert.Matches(@"rejected \w+: \d+", output);
        using (PositionArchive archive = PositionArchive.Open(new ArchiveOptions { DatabasePath = Path.Combine(data, "maritime.duckdb") }))
        {
            Assert.Equal(stored, archive.CountPositions());
        }

        (_, string again, _) = Run("ingest", file, "--data", data);
        Assert.Equal(0, Count(StoredLine().Match(again)));
        Assert.Equal(stored, Count(DuplicatesLine().Match(again)));
        Assert.Equal(0, Count(DuplicatesLine().Match(output)));
    }

    [Fact]
    public void Ingest_needs_a_file_or_a_configuration_that_exists()
    {
        Assert.Equal(IngestCommand.BadArguments, Run("ingest", "--data", _folder).ExitCode);
        Assert.Equal(IngestCommand.BadArguments, Run("ingest", Path.Combine(_folder, "missing.nmea"), "--data", _folder).ExitCode);
    }

    [Fact]
    public void Ingest_reads_feeds_from_a_configuration()
    {
        string file = Path.Combine(_folder, "feed.nmea");
        File.WriteAllLines(file, Generate("feed-source.nmea", seed: 4));
        string config = Path.Combine(_folder, "feeds.json");
        File.WriteAllText(config, $$"""
            {"Feeds": [{"Name": "harbour", "Kind": "NmeaFile", "Path": {{System.Text.Json.JsonSerializer.Serialize(file)}},
              "LabelXml": {{System.Text.Json.JsonSerializer.Serialize(Sharing.Stanag4774.Stanag4774LabelWriter.ToXml(Hosting.ExerciseData.TrafficLabel))}}}]}
            """);
        (int exit, string output, string error) = Run("ingest", "--config", config, "--data", Path.Combine(_folder, "data"));
        Assert.True(exit == 0, error);
        Assert.StartsWith("harbour: ", output, StringComparison.Ordinal);
        Assert.True(Count(StoredLine().Match(output)) > 0);
    }

    [Fact]
    public void Plan_bench_runs_the_smallest_tier_to_proven_optimality()
    {
        (int exit, string output, _) = Run("plan", "bench", "--tier", "B0", "--seeds", "1");
        Assert.Equal(0, exit);
        Assert.Contains("B0 seed 1:", output, StringComparison.Ordinal);
        Assert.Contains("optimal yes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_bench_refuses_an_unknown_tier()
    {
        var console = new CommandConsole(new MemoryStream(), new StringWriter(CultureInfo.InvariantCulture), false, false);
        System.CommandLine.ParseResult parse = ConcertCommandLine.Create(console).Parse(["plan", "bench", "--tier", "B9"]);
        Assert.Contains(parse.Errors, error => error.Message.Contains("B9", StringComparison.Ordinal));
    }

    private string[] Generate(string name, ulong seed)
    {
        string path = Path.Combine(_folder, name);
        Assert.Equal(0, Run("exercise", "generate", "--vessels", "12", "--hours", "0.1", "--out", path, "--seed", seed.ToString(CultureInfo.InvariantCulture)).ExitCode);
        return File.ReadAllLines(path);
    }

    private static long Count(Match match)
    {
        Assert.True(match.Success);
        return long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter(CultureInfo.InvariantCulture);
        int exitCode = ConcertCommandLine.Create(new CommandConsole(output, error, false, false)).Parse(args).Invoke();
        return (exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    [GeneratedRegex(@"^(\d+) positions stored", RegexOptions.Multiline)]
    private static partial Regex StoredLine();

    [GeneratedRegex(@"positions stored, (\d+) duplicates")]
    private static partial Regex DuplicatesLine();

    [GeneratedRegex(@"messages, (\d+) positions,")]
    private static partial Regex PositionsReadLine();

    [GeneratedRegex(@"static reports, (\d+) rejected")]
    private static partial Regex RejectedLine();
}
