namespace Concert.Data.Pooling;

/// <summary>
/// A nation's defence spending and gross national income with their sources, as stored and labelled: the editable
/// form of the reference dataset's figures, which the GNI cost-share key reads.
/// </summary>
/// <remarks>A nation may have several rows under different labels (a figure shared with the framework, a corrected one
/// kept to a few partners); a reader sees the ones released to them.</remarks>
internal sealed class StoredNationFigures : IEditableRecord
{
    /// <summary>The key; higher is newer.</summary>
    public long Id { get; set; }

    /// <summary>The key of the figures' label.</summary>
    public long LabelId { get; set; }

    /// <summary>The nation (ISO 3166-1 alpha-3).</summary>
    public required string Nation { get; set; }

    /// <summary>Military expenditure, billions of current US dollars.</summary>
    public double DefenceSpendingUsdBillions { get; set; }

    /// <summary>Where the spending figure comes from ("SIPRI Military Expenditure Database, 2023").</summary>
    public required string DefenceSpendingSource { get; set; }

    /// <summary>Gross national income, billions of current US dollars.</summary>
    public double GniUsdBillions { get; set; }

    /// <summary>Where the GNI figure comes from ("World Bank WDI, GNI Atlas method, 2023").</summary>
    public required string GniSource { get; set; }

    /// <summary>When it was first written (UTC).</summary>
    public DateTimeOffset Created { get; set; }

    /// <summary>When it was last changed (UTC).</summary>
    public DateTimeOffset Updated { get; set; }

    /// <summary>The user name of the last author.</summary>
    public required string Author { get; set; }
}
