namespace Concert.Maritime.Archive;

/// <summary>A closed UTC day written to a Parquet file.</summary>
/// <param name="Day">The day.</param>
/// <param name="Path">The file.</param>
/// <param name="Positions">Positions in the file.</param>
public sealed record ExportedDay(DateOnly Day, string Path, long Positions);
