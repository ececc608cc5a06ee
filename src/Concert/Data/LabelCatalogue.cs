using System.Collections.Immutable;
using Concert.Security;
using Concert.Sharing;
using Concert.Sharing.Stanag4774;
using Microsoft.EntityFrameworkCore;

namespace Concert.Data;

/// <summary>
/// Every stored label, parsed once, kept in memory: the input of release decisions over the labels table.
/// </summary>
/// <remarks>
/// Label rows are append-only and immutable, so the catalogue only ever loads rows with ids above the highest it
/// holds, and that highest id is its <see cref="LabelSnapshot.Version"/>. Thread-safe: readers get an immutable
/// snapshot; refreshes are serialized.
/// </remarks>
internal sealed class LabelCatalogue(SharingPolicy policy) : IDisposable
{
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private LabelSnapshot _snapshot = LabelSnapshot.Empty;

    /// <summary>The labels as of now: loads rows added since the last call (one indexed query when none were).</summary>
    /// <param name="db">The records.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>The current snapshot.</returns>
    public async Task<LabelSnapshot> CurrentAsync(ConcertDbContext db, CancellationToken cancellationToken)
    {
        LabelSnapshot known = _snapshot;
        long highest = await db.Labels.MaxAsync(label => (long?)label.Id, cancellationToken) ?? 0;
        if (highest <= known.Version)
        {
            return known;
        }

        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            known = _snapshot;
            var added = await db.Labels.AsNoTracking()
                .Where(label => label.Id > known.Version)
                .OrderBy(label => label.Id)
                .Select(label => new { label.Id, label.Stanag4774Xml })
                .ToListAsync(cancellationToken);
            ImmutableArray<CataloguedLabel>.Builder labels = known.Labels.ToBuilder();
            foreach (var row in added)
            {
                labels.Add(new CataloguedLabel(row.Id, Parse(row.Stanag4774Xml)));
            }

            _snapshot = new LabelSnapshot(added.Count > 0 ? added[^1].Id : known.Version, labels.ToImmutable());
            return _snapshot;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _refreshGate.Dispose();

    private ConfidentialityLabel? Parse(string xml)
    {
        try
        {
            return policy.LabelReader.Read(xml);
        }
        catch (LabelFormatException)
        {
            // Only the writer fills this table, so this means the table was edited by hand: release the rows to nobody.
            return null;
        }
    }
}
