namespace Concert.Data;

/// <summary>
/// A stored record that carries a confidentiality label by reference to the <see cref="StoredLabel"/> table.
/// </summary>
/// <remarks>
/// Every module's labelled entity implements this so that <see cref="ReleaseQueryExtensions.ReleasableTo"/> can filter
/// its queries in the database. Configure it with <see cref="LabelledRecordModel.ConfigureLabelled"/>, which adds the
/// foreign key and the (LabelId, Id) index the filter relies on.
/// </remarks>
internal interface ILabelledRecord
{
    /// <summary>The record's key.</summary>
    long Id { get; }

    /// <summary>The key of the record's label in the labels table.</summary>
    long LabelId { get; }
}
