namespace Concert.Data.Pooling;

/// <summary>A common project as stored: its areas, requirements, rotation rule and budget caps, labelled.</summary>
/// <remarks>Areas, requirements and caps belong to the project alone and are always read with it, so they are kept as
/// JSON text (<see cref="PoolingJson"/>).</remarks>
internal sealed class StoredPoolingProject : IEditableRecord
{
    /// <summary>The key; higher is newer.</summary>
    public long Id { get; set; }

    /// <summary>The key of the project's label.</summary>
    public long LabelId { get; set; }

    /// <summary>The short name ("ADEN").</summary>
    public required string Code { get; set; }

    /// <summary>The name shown to people.</summary>
    public required string Name { get; set; }

    /// <summary>The operating areas the project owns (<see cref="AreaDocument"/> list as JSON).</summary>
    public required string AreasJson { get; set; }

    /// <summary>What it needs (<see cref="RequirementDocument"/> list as JSON).</summary>
    public required string RequirementsJson { get; set; }

    /// <summary>Most weeks a unit stays on station in a row.</summary>
    public int RotationMaxWeeksOnStation { get; set; }

    /// <summary>Weeks of rest after a full spell.</summary>
    public int RotationRestWeeks { get; set; }

    /// <summary>Budget caps in k€ by nation, as a JSON object.</summary>
    public required string BudgetCapsJson { get; set; }

    /// <summary>When it was first written (UTC).</summary>
    public DateTimeOffset Created { get; set; }

    /// <summary>When it was last changed (UTC).</summary>
    public DateTimeOffset Updated { get; set; }

    /// <summary>The user name of the last author.</summary>
    public required string Author { get; set; }
}
