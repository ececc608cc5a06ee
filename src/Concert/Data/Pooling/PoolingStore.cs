using Concert.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Concert.Data.Pooling;

/// <summary>Writes pooling rows with their labels: the one write path of the API, the exercise seed and tests.</summary>
internal static class PoolingStore
{
    /// <summary>Stores a new row under a label, the label found or added first.</summary>
    /// <typeparam name="TRow">A pooling row.</typeparam>
    /// <param name="db">The records.</param>
    /// <param name="label">The row's label.</param>
    /// <param name="row">The row; its key and label key are set.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The stored row.</returns>
    public static async Task<TRow> AddAsync<TRow>(ConcertDbContext db, ConfidentialityLabel label, TRow row, CancellationToken cancellationToken)
        where TRow : class, ILabelledRecord
    {
        ArgumentNullException.ThrowIfNull(db);
        long labelId = await LabelStore.GetOrAddAsync(db, label, cancellationToken);
        db.Add(row).Property<long>(nameof(ILabelledRecord.LabelId)).CurrentValue = labelId;
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    /// <summary>Saves changes to a tracked row under a (possibly new) label.</summary>
    /// <typeparam name="TRow">A pooling row.</typeparam>
    /// <param name="db">The records.</param>
    /// <param name="label">The row's label now.</param>
    /// <param name="row">The tracked, changed row.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>The row.</returns>
    public static async Task<TRow> UpdateAsync<TRow>(ConcertDbContext db, ConfidentialityLabel label, TRow row, CancellationToken cancellationToken)
        where TRow : class, ILabelledRecord
    {
        ArgumentNullException.ThrowIfNull(db);
        long labelId = await LabelStore.GetOrAddAsync(db, label, cancellationToken);
        db.Entry(row).Property<long>(nameof(ILabelledRecord.LabelId)).CurrentValue = labelId;
        await db.SaveChangesAsync(cancellationToken);
        return row;
    }

    /// <summary>The rows a plan may be made from for a viewer: every pledge, fund and project released to them, read
    /// through <see cref="ReleaseQueryExtensions.ReleasableTo"/> so that nothing else leaves the database.</summary>
    /// <param name="db">The records.</param>
    /// <param name="releasable">The viewer's permitted labels.</param>
    /// <param name="labelOf">The label of a stored label id.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The inputs, in key order.</returns>
    public static async Task<PlanInputs> ReleasedInputsAsync(
        ConcertDbContext db, ReleasableLabels releasable, Func<long, Task<ConfidentialityLabel>> labelOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(labelOf);
        List<StoredPledge> pledges = await db.PoolingPledges.AsNoTracking().ReleasableTo(releasable).OrderBy(row => row.Id).ToListAsync(cancellationToken);
        List<StoredFundsPledge> funds = await db.PoolingFunds.AsNoTracking().ReleasableTo(releasable).OrderBy(row => row.Id).ToListAsync(cancellationToken);
        List<StoredPoolingProject> projects = await db.PoolingProjects.AsNoTracking().ReleasableTo(releasable).OrderBy(row => row.Id).ToListAsync(cancellationToken);
        return new PlanInputs(
            await LabelAsync(pledges, labelOf),
            await LabelAsync(funds, labelOf),
            await LabelAsync(projects, labelOf));
    }

    private static async Task<List<LabelledRow<TRow>>> LabelAsync<TRow>(List<TRow> rows, Func<long, Task<ConfidentialityLabel>> labelOf)
        where TRow : ILabelledRecord
    {
        var labelled = new List<LabelledRow<TRow>>(rows.Count);
        foreach (TRow row in rows)
        {
            labelled.Add(new LabelledRow<TRow>(row, await labelOf(row.LabelId)));
        }

        return labelled;
    }
}
