using System.Diagnostics;
using System.Globalization;
using Concert.Maritime.Archive;
using Concert.Maritime.Tests.Support;
using DuckDB.NET.Data;

namespace Concert.Maritime.Tests.Ingest;

/// <summary>
/// kill -9 in the middle of an ingest loses no acknowledged position and duplicates none: a real child process ingests a
/// file, printing the last line of each batch after it is committed; it is killed (SIGKILL) mid-run, then run again on
/// the same archive and file.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Lines = 200_000;
    private const long Start = 1_772_323_200;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "concert-crash-" + Guid.NewGuid().ToString("N"));

    public CrashRecoveryTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_killed_ingest_keeps_every_acknowledged_position_once_and_a_rerun_completes_the_file_exactly_once()
    {
        // Line i (1-based) is vessel 200,000,000 + i at time Start + i: each line one position, each position its line.
        string file = FileFeeds.WriteLines(_directory, "input.nmea", Enumerable.Range(1, Lines).Select(i =>
            NmeaSentences.PositionA((uint)(200_000_000 + i), 54 + i * 1e-6, 10, second: i % 60, unixTime: Start + i)));
        string database = Path.Combine(_directory, "archive.duckdb");

        for (int attempt = 0; attempt < 3; attempt++)
        {
            long acknowledged = await RunAndKill(database, file, afterAcknowledged: 20_000 + attempt * 40_000);
            (long total, long distinct, long upToAcknowledged) = Count(database, acknowledged);
            Assert.Equal(total, distinct);
            Assert.Equal(acknowledged, upToAcknowledged);
            Assert.True(total >= acknowledged);
        }

        (string output, int exitCode) = await RunToEnd(database, file);
        Assert.Equal(0, exitCode);
        Assert.Contains($"ack {Lines}", output, StringComparison.Ordinal);
        (long finalTotal, long finalDistinct, long all) = Count(database, Lines);
        Assert.Equal((Lines, Lines, Lines), (finalTotal, finalDistinct, all));
    }

    private static ProcessStartInfo Probe(string database, string file)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Concert.Maritime.IngestProbe.dll"));
        start.ArgumentList.Add(database);
        start.ArgumentList.Add(file);
        return start;
    }

    private static async Task<long> RunAndKill(string database, string file, long afterAcknowledged)
    {
        using Process probe = Process.Start(Probe(database, file))!;
        long acknowledged = 0;
        while (await probe.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("ack ", StringComparison.Ordinal))
            {
                acknowledged = long.Parse(line[4..], CultureInfo.InvariantCulture);
                if (acknowledged >= afterAcknowledged)
                {
                    // SIGKILL: no finally blocks, no flush, no checkpoint.
                    probe.Kill();
                    break;
                }
            }
        }
        await probe.WaitForExitAsync();
        Assert.True(acknowledged < Lines, "the probe finished before it could be killed");
        // Whatever it printed between the last line read and the kill was acknowledged too; none of it is needed here.
        return acknowledged;
    }

    private static async Task<(string Output, int ExitCode)> RunToEnd(string database, string file)
    {
        using Process probe = Process.Start(Probe(database, file))!;
        Task<string> errors = probe.StandardError.ReadToEndAsync();
        string output = await probe.StandardOutput.ReadToEndAsync();
        await probe.WaitForExitAsync();
        Assert.Equal(string.Empty, await errors);
        return (output, probe.ExitCode);
    }

    private static (long Total, long Distinct, long UpTo) Count(string database, long line)
    {
        using var connection = new DuckDBConnection(PositionArchive.ConnectionString(database));
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT count(*), count(DISTINCT (mmsi, t)), count(*) FILTER (WHERE t <= {(Start + line) * 1_000_000})
            FROM positions
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }
}
