using System.Globalization;
using Concert.Ais;
using Concert.Ais.Reading;
using Spectre.Console;

namespace Concert.Decoding;

/// <summary>What <c>concert decode</c> tells a person at the end: counts by message type and by rejection reason.</summary>
internal static class DecodeReport
{
    /// <summary>Two tables for a terminal.</summary>
    public static void WriteTables(IAnsiConsole console, AisStatistics statistics)
    {
        console.MarkupLine(CultureInfo.InvariantCulture,
            "[bold]{0:N0}[/] lines: [green]{1:N0}[/] messages from {2:N0} lines, [yellow]{3:N0}[/] lines rejected",
            statistics.Lines, statistics.Messages, statistics.MessageLines, statistics.RejectedLines);
        var types = new Table().Border(TableBorder.Rounded).AddColumn("Type").AddColumn(new TableColumn("Messages").RightAligned());
        foreach ((int type, long count) in MessageCounts(statistics))
        {
            types.AddRow(type.ToString(CultureInfo.InvariantCulture), count.ToString("N0", CultureInfo.InvariantCulture));
        }
        var reasons = new Table().Border(TableBorder.Rounded).AddColumn("Rejected because").AddColumn(new TableColumn("Lines").RightAligned());
        foreach ((AisDecodeStatus reason, long count) in RejectionCounts(statistics))
        {
            reasons.AddRow(reason.ToString(), count.ToString("N0", CultureInfo.InvariantCulture));
        }
        console.Write(new Columns(types, reasons) { Expand = false });
    }

    /// <summary>A plain-text summary for logs and scripts (<c>--stats</c> when standard error is redirected).</summary>
    public static void WritePlain(TextWriter writer, AisStatistics statistics)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lines {statistics.Lines} messages {statistics.Messages} message-lines {statistics.MessageLines} rejected-lines {statistics.RejectedLines}"));
        foreach ((int type, long count) in MessageCounts(statistics))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"type {type} {count}"));
        }
        foreach ((AisDecodeStatus reason, long count) in RejectionCounts(statistics))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rejected {reason} {count}"));
        }
        writer.Flush();
    }

    private static IEnumerable<(int Type, long Count)> MessageCounts(AisStatistics statistics) =>
        Enumerable.Range(1, 27).Select(type => (type, statistics.MessagesOfType(type))).Where(entry => entry.Item2 > 0);

    private static IEnumerable<(AisDecodeStatus Reason, long Count)> RejectionCounts(AisStatistics statistics) =>
        Enum.GetValues<AisDecodeStatus>().Select(reason => (reason, statistics.LinesRejectedFor(reason))).Where(entry => entry.Item2 > 0);
}
