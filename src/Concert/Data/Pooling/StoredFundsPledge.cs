namespace Concert.Data.Pooling;

/// <summary>Money a nation puts into a common project, as stored, labelled.</summary>
internal sealed class StoredFundsPledge : IEditableRecord
{
    /// <summary>The key; higher is newer.</summary>
    public long Id { get; set; }

    /// <summary>The key of the pledge's label.</summary>
    public long LabelId { get; set; }

    /// <summary>The nation (ISO 3166-1 alpha-3).</summary>
    public required string Nation { get; set; }

    /// <summary>The code of the project the money is for ("ADEN").</summary>
    public required string ProjectCode { get; set; }

    /// <summary>The amount in k€.</summary>
    public long Amount { get; set; }

    /// <summary>When it was first written (UTC).</summary>
    public DateTimeOffset Created { get; set; }

    /// <summary>When it was last changed (UTC).</summary>
    public DateTimeOffset Updated { get; set; }

    /// <summary>The user name of the last author.</summary>
    public required string Author { get; set; }
}
