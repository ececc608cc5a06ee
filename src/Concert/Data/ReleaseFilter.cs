using System.Collections.Concurrent;
using Concert.Security;
using Concert.Sharing;

namespace Concert.Data;

/// <summary>
/// Computes, for a viewer, which stored labels the <see cref="ReleaseDecider"/> permits now, and keeps the answer
/// until the labels table, the viewer's account or the UTC day changes.
/// </summary>
/// <remarks>
/// Membership is dated by day, so a decision taken for one UTC day holds all that day; a new label or a changed account
/// (its security stamp) makes the cached set stale at once. One entry per account; thread-safe.
/// </remarks>
internal sealed class ReleaseFilter(LabelCatalogue catalogue, SharingPolicy policy, TimeProvider time)
{
    private readonly ConcurrentDictionary<long, CachedRelease> _byAccount = new();

    /// <summary>The labels <paramref name="viewer"/> may see now.</summary>
    /// <param name="viewer">The signed-in user.</param>
    /// <param name="db">The records.</param>
    /// <param name="cancellationToken">Cancels the catalogue refresh.</param>
    /// <returns>The permitted label ids.</returns>
    public async Task<ReleasableLabels> ForAsync(Viewer viewer, ConcertDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        LabelSnapshot labels = await catalogue.CurrentAsync(db, cancellationToken);
        DateTimeOffset now = time.GetUtcNow();
        int day = DateOnly.FromDateTime(now.UtcDateTime).DayNumber;
        if (_byAccount.TryGetValue(viewer.AccountId, out CachedRelease? cached)
            && cached.Day == day && cached.LabelVersion == labels.Version
            && string.Equals(cached.SecurityStamp, viewer.SecurityStamp, StringComparison.Ordinal))
        {
            return cached.Releasable with { At = now };
        }

        var permitted = new List<long>();
        foreach (CataloguedLabel entry in labels.Labels)
        {
            if (entry.Label is { } label && policy.Decider.Decide(viewer.Subject, label, now).IsPermitted)
            {
                permitted.Add(entry.Id);
            }
        }

        var releasable = new ReleasableLabels([.. permitted], now);
        _byAccount[viewer.AccountId] = new CachedRelease(viewer.SecurityStamp, day, labels.Version, releasable);
        return releasable;
    }

    /// <summary>The label of a stored label id, for audit entries and single-record decisions.</summary>
    /// <param name="labelId">The id.</param>
    /// <param name="db">The records.</param>
    /// <param name="cancellationToken">Cancels the catalogue refresh.</param>
    /// <returns>The parsed label, or null.</returns>
    public async Task<ConfidentialityLabel?> LabelOfAsync(long labelId, ConcertDbContext db, CancellationToken cancellationToken)
    {
        LabelSnapshot labels = await catalogue.CurrentAsync(db, cancellationToken);
        int index = labels.Labels.AsSpan().BinarySearch(new CataloguedLabel(labelId, null), CataloguedLabelIdComparer.Instance);
        return index >= 0 ? labels.Labels[index].Label : null;
    }

    private sealed record CachedRelease(string SecurityStamp, int Day, long LabelVersion, ReleasableLabels Releasable);

    private sealed class CataloguedLabelIdComparer : IComparer<CataloguedLabel>
    {
        public static readonly CataloguedLabelIdComparer Instance = new();

        public int Compare(CataloguedLabel? x, CataloguedLabel? y) => (x?.Id ?? 0).CompareTo(y?.Id ?? 0);
    }
}
