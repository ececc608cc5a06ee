namespace Concert.Maritime.Ingest;

/// <summary>What an <see cref="IngestAlert"/> reports.</summary>
public enum IngestAlertKind
{
    /// <summary>Positions from a live feed were dropped because the pipeline was full.</summary>
    Shed,

    /// <summary>A feed lost its connection or could not open its input; it will retry.</summary>
    FeedDown,

    /// <summary>A subscriber to committed batches threw; the batch is archived all the same.</summary>
    SubscriberFailed,
}
