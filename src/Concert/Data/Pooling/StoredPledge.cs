namespace Concert.Data.Pooling;

/// <summary>A nation's pledge of identical assets to the pool, as stored: one row per pledge, labelled.</summary>
/// <remarks>Transit times and excluded areas are small maps and lists read whole with the row, so they are kept as
/// JSON text (<see cref="PoolingJson"/>) rather than child tables; nothing queries inside them.</remarks>
internal sealed class StoredPledge : IEditableRecord
{
    /// <summary>The key; higher is newer.</summary>
    public long Id { get; set; }

    /// <summary>The key of the pledge's label.</summary>
    public long LabelId { get; set; }

    /// <summary>The pledging nation's short name for it ("JPN-DD-1").</summary>
    public required string Code { get; set; }

    /// <summary>The pledging nation (ISO 3166-1 alpha-3).</summary>
    public required string Nation { get; set; }

    /// <summary>The kind of asset (<see cref="Concert.Pooling.Model.AssetType"/> by name).</summary>
    public required string AssetType { get; set; }

    /// <summary>What each unit can do (<see cref="Concert.Pooling.Model.Capabilities"/> flags).</summary>
    public int Capabilities { get; set; }

    /// <summary>Identical units pledged.</summary>
    public int Count { get; set; }

    /// <summary>The first week of availability.</summary>
    public int FirstWeek { get; set; }

    /// <summary>The last week of availability.</summary>
    public int LastWeek { get; set; }

    /// <summary>Running cost of one unit for a day, in k€.</summary>
    public int CostPerDay { get; set; }

    /// <summary>The port or air base the units deploy from.</summary>
    public required string HomePort { get; set; }

    /// <summary>Transit days to each reachable area, as a JSON object.</summary>
    public required string TransitDaysJson { get; set; }

    /// <summary>Areas a national caveat excludes, as a JSON array.</summary>
    public required string ExcludedAreasJson { get; set; }

    /// <summary>Tasks a national caveat excludes (<see cref="Concert.Pooling.Model.Capabilities"/> flags).</summary>
    public int ExcludedTasks { get; set; }

    /// <summary>When it was first written (UTC).</summary>
    public DateTimeOffset Created { get; set; }

    /// <summary>When it was last changed (UTC).</summary>
    public DateTimeOffset Updated { get; set; }

    /// <summary>The user name of the last author.</summary>
    public required string Author { get; set; }
}
