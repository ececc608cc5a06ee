using System.CommandLine;
using System.Globalization;
using Concert.Hosting;
using Concert.Maritime.Archive;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;

namespace Concert.Commands;

/// <summary>
/// <c>concert ingest FILE [--kind K] [--data DIR]</c> or <c>concert ingest --config FILE</c>: runs feeds into the data
/// folder's position archive and prints what was stored, merged and rejected.
/// </summary>
internal static class IngestCommand
{
    /// <summary>The exit code when the arguments name nothing to ingest or a feed cannot be read.</summary>
    public const int BadArguments = 2;

    /// <summary>Builds the <c>ingest</c> verb.</summary>
    /// <param name="console">Where the summary goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandConsole console)
    {
        var file = new Argument<string?>("FILE") { Description = "An NMEA or CSV file to ingest.", Arity = ArgumentArity.ZeroOrOne };
        var kind = new Option<FeedKind>("--kind") { Description = "The file's kind (default NmeaFile).", DefaultValueFactory = _ => FeedKind.NmeaFile };
        var config = new Option<string?>("--config") { Description = "A JSON file whose \"Feeds\" array configures the feeds (FeedOptions fields)." };
        var data = new Option<string>("--data")
        {
            Description = "The data folder holding the archive (default ./concert-data).",
            DefaultValueFactory = _ => new ConcertOptions().DataDirectory,
        };
        var command = new Command("ingest", "Ingest AIS into the data folder's position archive and print a summary.") { file, kind, config, data };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(file), parse.GetValue(kind), parse.GetValue(config), parse.GetValue(data)!, console, cancel));
        return command;
    }

    /// <summary>Ingests and prints the summary.</summary>
    /// <param name="file">A file, or null with <paramref name="config"/>.</param>
    /// <param name="kind">The file's kind.</param>
    /// <param name="config">A feed configuration file, or null.</param>
    /// <param name="dataDirectory">The data folder.</param>
    /// <param name="console">Where the summary goes.</param>
    /// <param name="cancel">Stops live feeds (Ctrl+C); what was read is still stored.</param>
    /// <returns>0, or <see cref="BadArguments"/>.</returns>
    public static async Task<int> RunAsync(string? file, FeedKind kind, string? config, string dataDirectory, CommandConsole console, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(console);
        if ((file is null) == (config is null))
        {
            await console.Error.WriteLineAsync("concert ingest: give either a FILE or --config, not both or neither.");
            return BadArguments;
        }

        FeedOptions[] feeds;
        if (file is not null)
        {
            // Files without a configured label are exercise data: they get the exercise traffic's label.
            feeds = [new FeedOptions { Name = Path.GetFileName(file), Kind = kind, Path = Path.GetFullPath(file), Label = ExerciseData.TrafficLabel }];
        }
        else
        {
            feeds = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(config!), optional: false).Build()
                .GetSection("Feeds").Get<FeedOptions[]>() ?? [];
        }

        string? missing = feeds.Where(feed => PositionFeeds.EndsByItself(feed.Kind)).Select(feed => feed.Path).FirstOrDefault(path => !File.Exists(path));
        if (feeds.Length == 0 || missing is not null)
        {
            await console.Error.WriteLineAsync(feeds.Length == 0 ? "concert ingest: the configuration has no feeds." : $"concert ingest: there is no file {missing}");
            return BadArguments;
        }

        var options = new ConcertOptions { DataDirectory = dataDirectory };
        Directory.CreateDirectory(options.FullDataDirectory);
        using PositionArchive archive = PositionArchive.Open(new ArchiveOptions { DatabasePath = options.ArchivePath });
        IngestSummary summary = await new IngestRunner(archive, feeds).RunAsync(cancel);
        await using var output = new StreamWriter(console.Output, leaveOpen: true);
        await output.WriteLineAsync(Summary(summary, options.ArchivePath));
        return 0;
    }

    /// <summary>The printed summary: per feed, then the totals.</summary>
    /// <param name="summary">What the run did.</param>
    /// <param name="archivePath">Where it went.</param>
    public static string Summary(IngestSummary summary, string archivePath)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new System.Text.StringBuilder();
        foreach (FeedOutcome feed in summary.Feeds)
        {
            FeedStatistics counts = feed.Statistics;
            text.Append(CultureInfo.InvariantCulture, $"{feed.Name}: {counts.Lines} lines, {counts.Messages} messages, {counts.Positions} positions, {counts.Statics} static reports, {counts.RejectedLines} rejected");
            if (feed.Error is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $" (stopped: {feed.Error})");
            }

            text.AppendLine();
            foreach ((string reason, long count) in counts.RejectsByReason.OrderByDescending(reject => reject.Value).ThenBy(reject => reject.Key, StringComparer.Ordinal))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  rejected {reason}: {count}");
            }
        }

        // Every position read is stored, shed, or a duplicate: a repeat of one just read or one the archive already holds.
        long read = summary.Feeds.Sum(feed => feed.Statistics.Positions);
        long duplicates = read - summary.PositionsCommitted - summary.PositionsShed;
        text.Append(CultureInfo.InvariantCulture,
            $"{summary.PositionsCommitted} positions stored, {duplicates} duplicates ({summary.RepeatsMerged} repeated receptions merged), {summary.PositionsShed} shed, in {summary.Elapsed.TotalSeconds:0.0} s into {archivePath}");
        return text.ToString();
    }
}
