namespace Concert.Maritime.Feeds;

/// <summary>A CSV row that could not be read: it was skipped and the import went on.</summary>
/// <param name="LineNumber">The row's line number in the file, the header being line 1.</param>
/// <param name="Reason">A short, stable reason ("bad MMSI", "bad time", "too few columns", …).</param>
/// <param name="Detail">The offending value or a fuller explanation.</param>
public sealed record CsvRowError(long LineNumber, string Reason, string Detail);
