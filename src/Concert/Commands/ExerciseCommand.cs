using System.CommandLine;
using System.Globalization;
using Concert.Maritime.Exercise;

namespace Concert.Commands;

/// <summary><c>concert exercise generate --vessels N --hours H --out FILE [--seed S]</c>: writes seeded exercise traffic as NMEA.</summary>
internal static class ExerciseCommand
{
    /// <summary>Builds the <c>exercise</c> verb.</summary>
    /// <param name="console">Where the summary goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandConsole console)
    {
        var vessels = new Option<int>("--vessels") { Description = "Stations in the fleet.", DefaultValueFactory = _ => ExerciseOptions.Default.Vessels };
        var hours = new Option<double>("--hours") { Description = "Simulated hours to write.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "The NMEA file to write (gzip when it ends in .gz).", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "The traffic seed.", DefaultValueFactory = _ => ExerciseOptions.Default.Seed };
        var generate = new Command("generate", "Write seeded Asia-Pacific exercise traffic, tag-blocked NMEA lines, to a file.") { vessels, hours, output, seed };
        generate.SetAction((parse, cancel) => GenerateAsync(parse.GetValue(vessels), parse.GetValue(hours), parse.GetValue(output)!, parse.GetValue(seed), console, cancel));
        return new Command("exercise", "The exercise traffic simulator.") { generate };
    }

    /// <summary>Generates the file and prints what it holds.</summary>
    /// <param name="vessels">Fleet size.</param>
    /// <param name="hours">Simulated hours.</param>
    /// <param name="path">The output file.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="console">Where the summary goes.</param>
    /// <param name="cancel">Stops between windows.</param>
    /// <returns>0, or 2 for sizes out of range.</returns>
    public static async Task<int> GenerateAsync(int vessels, double hours, string path, ulong seed, CommandConsole console, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (vessels < 1 || !(hours > 0))
        {
            await console.Error.WriteLineAsync("concert exercise generate: --vessels must be at least 1 and --hours more than 0.");
            return 2;
        }

        ExerciseGenerationSummary summary = await ExerciseGenerator.GenerateAsync(
            new ExerciseOptions { Vessels = vessels, Seed = seed }, hours, Path.GetFullPath(path), cancel);
        await using var output = new StreamWriter(console.Output, leaveOpen: true);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{path}: {summary.Lines} lines from {summary.Transmitters} transmitters over {summary.Hours} h, {summary.GroundTruth.Count} scripted events, in {summary.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }
}
