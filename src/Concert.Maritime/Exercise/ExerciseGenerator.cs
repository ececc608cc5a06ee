using System.Diagnostics;
using System.IO.Compression;

namespace Concert.Maritime.Exercise;

/// <summary>
/// Writes a synthetic day (or any span) of exercise traffic to an NMEA file, gzip-compressed when its name ends in .gz,
/// for benchmarks and replays: <c>concert exercise generate --vessels N --hours H --out FILE</c>. Generation runs in
/// parallel over shards of vessels; each window is then written while the next is generated, compressed in parallel
/// as independent gzip members (one file, readable by any gzip reader). The lines are identical for identical options.
/// </summary>
public static class ExerciseGenerator
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    // Lines per gzip member: large enough to compress well, small enough to share a window among the processors.
    private const int LinesPerMember = 1 << 17;

    /// <summary>Generates <paramref name="hours"/> of traffic into <paramref name="path"/> (gzip when it ends in .gz).</summary>
    /// <param name="options">The scenario; its vessel count is the fleet size.</param>
    /// <param name="hours">Simulated hours to write.</param>
    /// <param name="path">The output file, replaced if it exists.</param>
    /// <param name="cancellationToken">Stops between windows.</param>
    public static async Task<ExerciseGenerationSummary> GenerateAsync(
        ExerciseOptions options, double hours, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        bool compress = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        FileStream file = File.Create(path);
        await using (file.ConfigureAwait(false))
        {
            return await GenerateAsync(options, hours, file, compress, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Generates <paramref name="hours"/> of traffic as NMEA lines ending in CR LF into <paramref name="output"/>.</summary>
    /// <param name="options">The scenario; its vessel count is the fleet size.</param>
    /// <param name="hours">Simulated hours to write.</param>
    /// <param name="output">Where the lines go; left open.</param>
    /// <param name="cancellationToken">Stops between windows.</param>
    public static Task<ExerciseGenerationSummary> GenerateAsync(
        ExerciseOptions options, double hours, Stream output, CancellationToken cancellationToken = default) =>
        GenerateAsync(options, hours, output, compress: false, cancellationToken);

    private static async Task<ExerciseGenerationSummary> GenerateAsync(
        ExerciseOptions options, double hours, Stream output, bool compress, CancellationToken cancellationToken)
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
        // Two sets of arenas: one window is written from one while the next is generated into the other.
        LineArena[][] arenas = [NewArenas(), NewArenas()];
        for (int turn = 0; traffic.Now < end; turn ^= 1)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DateTimeOffset until = traffic.Now + Window < end ? traffic.Now + Window : end;
            LineArena[] shards = arenas[turn];
            LineOrder[] order = traffic.AdvanceInto(until, shards);
            await writing.ConfigureAwait(false);
            lines += order.Length;
            writing = Task.Run(() => Write(output, shards, order, compress), cancellationToken);
        }
        await writing.ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new ExerciseGenerationSummary(scenario.Transmitters.Count, hours, lines, stopwatch.Elapsed, scenario.GroundTruth);
    }

    private static LineArena[] NewArenas() => [.. Enumerable.Range(0, ExerciseTraffic.Shards).Select(_ => new LineArena())];

    private static void Write(Stream output, LineArena[] shards, LineOrder[] order, bool compress)
    {
        int members = (order.Length + LinesPerMember - 1) / LinesPerMember;
        if (!compress)
        {
            for (int member = 0; member < members; member++)
            {
                WriteLines(shards, order, member, output);
            }
            return;
        }
        var compressed = new MemoryStream[members];
        Parallel.For(0, members, member =>
        {
            var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                WriteLines(shards, order, member, gzip);
            }
            compressed[member] = buffer;
        });
        foreach (MemoryStream member in compressed)
        {
            member.Position = 0;
            member.CopyTo(output);
        }
    }

    private static void WriteLines(LineArena[] shards, LineOrder[] order, int member, Stream output)
    {
        var text = new BufferedStream(output, 1 << 16);
        for (int i = member * LinesPerMember, end = Math.Min(order.Length, (member + 1) * LinesPerMember); i < end; i++)
        {
            LineArena arena = shards[order[i].Shard];
            text.Write(arena.Line(in arena[order[i].Index]));
        }
        text.Flush();
    }
}
