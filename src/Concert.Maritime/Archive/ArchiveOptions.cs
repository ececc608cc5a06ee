namespace Concert.Maritime.Archive;

/// <summary>Where the archive lives and how long it keeps what.</summary>
public sealed record ArchiveOptions
{
    /// <summary>The DuckDB database file (created when missing).</summary>
    public required string DatabasePath { get; init; }

    /// <summary>The folder closed days are exported to as Parquet; null to keep everything in DuckDB.</summary>
    public string? ParquetDirectory { get; init; }

    /// <summary>How long positions stay in DuckDB and in Parquet.</summary>
    public RetentionPolicy Retention { get; init; } = RetentionPolicy.KeepEverything;
}
