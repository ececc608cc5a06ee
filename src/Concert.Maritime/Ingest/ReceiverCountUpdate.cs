namespace Concert.Maritime.Ingest;

/// <summary>
/// A reception of a message that was already committed, heard by another receiver inside the de-duplication window:
/// the stored position's receiver count is raised to <paramref name="Receivers"/>; no new position is stored.
/// </summary>
/// <param name="Stored">The stored position as far as the archive keys it: the repeat's values (one message gives the
/// same values to every receiver) at the time of the first reception. Its source, label, station and receiver count
/// play no part.</param>
/// <param name="Receivers">The receptions counted so far.</param>
public readonly record struct ReceiverCountUpdate(PositionRecord Stored, byte Receivers);
