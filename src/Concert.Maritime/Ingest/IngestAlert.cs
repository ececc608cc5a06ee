namespace Concert.Maritime.Ingest;

/// <summary>Something the watch must know about ingest: lost positions, a feed down, a failing subscriber.</summary>
/// <param name="Time">When it happened.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Source">The feed's name, or null when not about one feed.</param>
/// <param name="Count">Positions concerned (shed so far by this feed for <see cref="IngestAlertKind.Shed"/>), else 0.</param>
/// <param name="Detail">A sentence for the operator.</param>
public sealed record IngestAlert(DateTimeOffset Time, IngestAlertKind Kind, string? Source, long Count, string Detail);
