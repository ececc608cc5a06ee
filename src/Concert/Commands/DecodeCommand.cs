using System.CommandLine;
using Concert.Ais.Reading;
using Concert.Decoding;
using Spectre.Console;

namespace Concert.Commands;

/// <summary>
/// <c>concert decode [FILE|-] [--format gpsd|ndjson|csv] [--unscaled] [--stats] [--require-checksum]</c>: decodes an
/// NMEA log to standard output.
/// </summary>
/// <remarks>
/// Standard output carries only data, whatever it is connected to. A person watching standard error gets a progress
/// bar there while the data goes to a file or pipe (on a shared terminal it would be torn by the output), and a table of
/// counts at the end; when standard error is redirected, it stays silent unless <c>--stats</c> asks for a plain summary.
/// </remarks>
internal static class DecodeCommand
{
    /// <summary>Exit code when the input cannot be opened.</summary>
    public const int CannotOpenInput = 2;

    private const int OutputBufferSize = 1 << 20;

    /// <summary>Builds the <c>decode</c> verb.</summary>
    public static Command Create(CommandConsole console)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "NMEA log to decode, plain or gzip-compressed; '-' or nothing for standard input.",
            DefaultValueFactory = _ => "-",
        };
        var format = new Option<DecodeFormat>("--format", "-f")
        {
            Description = "gpsd: gpsdecode -j JSON; ndjson: Concert's JSON lines; csv: one row per position report.",
            DefaultValueFactory = _ => DecodeFormat.Gpsd,
        };
        var unscaled = new Option<bool>("--unscaled", "-u") { Description = "gpsd format: raw integers, as gpsdecode -u." };
        var stats = new Option<bool>("--stats") { Description = "Print counts by type and rejection reason to standard error." };
        var requireChecksum = new Option<bool>("--require-checksum") { Description = "Reject sentences without a checksum." };
        var command = new Command("decode", "Decode AIS from an NMEA log to gpsd JSON, Concert JSON lines or CSV.")
        {
            file, format, unscaled, stats, requireChecksum,
        };
        command.SetAction(parse => Run(
            new DecodeSettings(parse.GetValue(file)!, parse.GetValue(format), parse.GetValue(unscaled), parse.GetValue(stats), parse.GetValue(requireChecksum)),
            console));
        return command;
    }

    /// <summary>Decodes <see cref="DecodeSettings.Path"/> and returns the exit code.</summary>
    public static int Run(DecodeSettings settings, CommandConsole console)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        AisInput input;
        try
        {
            input = AisReader.Open(settings.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"concert decode: cannot open '{settings.Path}': {e.Message}");
            console.Error.Flush();
            return CannotOpenInput;
        }
        using (input)
        {
            var decoder = new AisLineDecoder(new AisReaderOptions { RequireChecksum = settings.RequireChecksum });
            var output = new BufferedStream(console.Output, OutputBufferSize);
            switch (settings.Format)
            {
                case DecodeFormat.Gpsd:
                    Decode(input, decoder, new GpsdOutput(output, scaled: !settings.Unscaled), console);
                    break;
                case DecodeFormat.Ndjson:
                    using (var ndjson = new NdjsonOutput(output))
                    {
                        Decode(input, decoder, ndjson, console);
                    }
                    break;
                case DecodeFormat.Csv:
                    using (var csv = new CsvOutput(output))
                    {
                        Decode(input, decoder, csv, console);
                    }
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(settings), settings.Format, "Unknown output format.");
            }
            output.Flush();
            if (console.ErrorIsTerminal)
            {
                DecodeReport.WriteTables(console.ErrorAnsi, decoder.Statistics);
            }
            else if (settings.Statistics)
            {
                DecodeReport.WritePlain(console.Error, decoder.Statistics);
            }
        }
        return 0;
    }

    private static void Decode<TOutput>(AisInput input, AisLineDecoder decoder, TOutput output, CommandConsole console)
        where TOutput : IDecodeOutput
    {
        if (console.ErrorIsTerminal && !console.OutputIsTerminal)
        {
            console.ErrorAnsi.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    ProgressTask task = context.AddTask(Markup.Escape(input.Name), maxValue: Math.Max(1, input.Length ?? 1));
                    task.IsIndeterminate = input.Length is null;
                    AisReader.Read(input, decoder, ref output, bytes => task.Value = bytes);
                    task.Value = task.MaxValue;
                });
        }
        else
        {
            AisReader.Read(input, decoder, ref output);
        }
        output.Complete();
    }
}
