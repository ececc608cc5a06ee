using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace Concert.Maritime.Exercise;

/// <summary>
/// Writes a synthetic day (or any span) of exercise traffic to a gzip-compressed NMEA file, for benchmarks and
/// replays: <c>concert exercise generate --vessels N --hours H --out FILE</c>. Generation runs in parallel over shards
/// of vessels while the previous window is compressed; the output is identical for identical options.
/// </summary>
public static class ExerciseGenerator
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>Generates <paramref name="hours"/> of traffic into <paramref name="path"/> (gzip when it ends in .gz).</summary>
    /// <param name="options">The scenario; its vessel count is the fleet size.</param>
    /// <param name="hours">Simulated hours to write.</param>
    /// <param name="path">The output file, replaced if it exists.</param>
    /// <param name="cancellationToken">Stops between windows.</param>
    public static async Task<ExerciseGenerationSummary> GenerateAsync(
        ExerciseOptions options, double hours, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        FileStream file = File.Create(path);
        await using (file.ConfigureAwait(false))
        {
            Stream output = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                ? new GZipStream(file, CompressionLevel.Fastest)
                : file;
            await using (output.ConfigureAwait(false))
            {
                return await GenerateAsync(options, hours, output, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Generates <paramref name="hours"/> of traffic as NMEA lines ending in CR LF into <paramref name="output"/>.</summary>
    /// <param name="options">The scenario; its vessel count is the fleet size.</param>
    /// <param name="hours">Simulated hours to write.</param>
    /// <param name="output">Where the lines go; left open.</param>
    /// <param name="cancellationToken">Stops between windows.</param>
    public static async Task<ExerciseGenerationSummary> GenerateAsync(
        ExerciseOptions options, double hours, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hours);
        Stopwatch stopwatch = Stopwatch.StartNew();
        var scenario = new ExerciseScenario(options);
        ExerciseTraffic traffic = scenario.StartTraffic();
        DateTimeOffset end = options.Start + TimeSpan.FromHours(hours);
        long lines = 0;
        Task writing = Task.CompletedTask;
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var writer = new StreamWriter(output, encoding, 1 << 16, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            while (traffic.Now < end)
            {
                cancellationToken.ThrowIfCancellationRequested();
                DateTimeOffset until = traffic.Now + Window < end ? traffic.Now + Window : end;
                IReadOnlyList<TimedSentence> window = traffic.Advance(until);
                // Compress this window while the next is generated.
                await writing.ConfigureAwait(false);
                lines += window.Count;
                writing = Task.Run(() => Write(writer, window), cancellationToken);
            }
            await writing.ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        return new ExerciseGenerationSummary(scenario.Transmitters.Count, hours, lines, stopwatch.Elapsed, scenario.GroundTruth);
    }

    private static void Write(StreamWriter writer, IReadOnlyList<TimedSentence> window)
    {
        foreach (TimedSentence line in window)
        {
            writer.Write(line.Line);
            writer.Write("\r\n");
        }
    }
}
