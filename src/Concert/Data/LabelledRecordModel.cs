using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concert.Data;

/// <summary>The schema every labelled record shares.</summary>
internal static class LabelledRecordModel
{
    /// <summary>
    /// Adds the foreign key to <see cref="StoredLabel"/> (labels are never deleted, so it restricts) and the index on
    /// (LabelId, Id) that serves <c>WHERE LabelId IN (…)</c> filters with key order.
    /// </summary>
    /// <typeparam name="TRecord">The labelled entity.</typeparam>
    /// <param name="record">Its builder.</param>
    public static void ConfigureLabelled<TRecord>(this EntityTypeBuilder<TRecord> record)
        where TRecord : class, ILabelledRecord
    {
        record.HasOne<StoredLabel>().WithMany().HasForeignKey(row => row.LabelId).OnDelete(Microsoft.EntityFrameworkCore.DeleteBehavior.Restrict);
        record.HasIndex(row => new { row.LabelId, row.Id });
    }
}
