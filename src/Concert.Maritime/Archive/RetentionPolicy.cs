namespace Concert.Maritime.Archive;

/// <summary>
/// How many whole UTC days of positions the archive keeps: in DuckDB, where every query reaches them, and as Parquet
/// files, the long-term record. A day leaves DuckDB only once it has been exported.
/// </summary>
/// <param name="DaysInDatabase">Days kept in DuckDB, counting today; null keeps every day.</param>
/// <param name="DaysOfParquet">Days of Parquet files kept, counting today; null keeps every file.</param>
public sealed record RetentionPolicy(int? DaysInDatabase, int? DaysOfParquet)
{
    /// <summary>Keeps everything everywhere.</summary>
    public static RetentionPolicy KeepEverything { get; } = new(null, null);
}
