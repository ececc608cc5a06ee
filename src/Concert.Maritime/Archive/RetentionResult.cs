namespace Concert.Maritime.Archive;

/// <summary>What one application of the retention policy did.</summary>
/// <param name="Exported">Days written to Parquet.</param>
/// <param name="PositionsRemoved">Positions deleted from DuckDB.</param>
/// <param name="FilesRemoved">Parquet files deleted.</param>
public sealed record RetentionResult(IReadOnlyList<ExportedDay> Exported, long PositionsRemoved, IReadOnlyList<string> FilesRemoved);
