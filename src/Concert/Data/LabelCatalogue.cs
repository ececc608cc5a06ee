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
/// Label rows are append-only and immutable, so the catalogue loads only rows with ids above the highest it holds, and
/// that highest id is its <see cref="LabelSnapshot.Version"/>; one query of the table's highest id and row count tells
/// whether anything changed. Thread-safe: readers get an immutable
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
        var table = await db.Labels.GroupBy(_ => 1)
            .Select(all => new { Highest = all.Max(label => label.Id), Count = all.LongCount() })
            .SingleOrDefaultAsync(cancellationToken);
        if (table is null || (table.Highest == known.Version && table.Count == known.Labels.Length))
        {
            return known;
        }

        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            known = _snapshot;
            // Ids come from a sequence, but on PostgreSQL a lower id can commit after a higher one: when the count says a
            // row below the version appeared, load everything again rather than miss it.
            bool gapFilled = table.Count != known.Labels.Length + await db.Labels.LongCountAsync(label => label.Id > known.Version, cancellationToken);
            long after = gapFilled ? 0 : known.Version;
            var added = await db.Labels.AsNoTracking()
                .Where(label => label.Id > after)
                .OrderBy(label => label.Id)
                .Select(label => new { label.Id, label.Stanag4774Xml })
                .ToListAsync(cancellationToken);
            ImmutableArray<CataloguedLabel>.Builder labels = gapFilled ? ImmutableArray.CreateBuilder<CataloguedLabel>() : known.Labels.ToBuilder();
            foreach (var row in added)
            {
                labels.Add(new CataloguedLabel(row.Id, Parse(row.Stanag4774Xml)));
            }

            _snapshot = new LabelSnapshot(labels.Count > 0 ? labels[^1].Id : 0, labels.ToImmutable());
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
