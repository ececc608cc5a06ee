namespace Concert.Data;

/// <summary>The one filter every query of labelled records goes through.</summary>
internal static class ReleaseQueryExtensions
{
    /// <summary>
    /// Keeps the rows whose label the viewer may see: becomes <c>WHERE LabelId IN (…)</c> in SQL, so rows the viewer may
    /// not see are never read from the database.
    /// </summary>
    /// <typeparam name="TRecord">A labelled entity.</typeparam>
    /// <param name="records">The query.</param>
    /// <param name="releasable">The viewer's permitted labels (from <see cref="ReleaseFilter"/>).</param>
    /// <returns>The filtered query.</returns>
    public static IQueryable<TRecord> ReleasableTo<TRecord>(this IQueryable<TRecord> records, ReleasableLabels releasable)
        where TRecord : class, ILabelledRecord
    {
        ArgumentNullException.ThrowIfNull(releasable);
        long[] ids = releasable.LabelIds;
        return records.Where(record => ids.Contains(record.LabelId));
    }
}
