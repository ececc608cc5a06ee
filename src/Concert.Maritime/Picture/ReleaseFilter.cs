using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// Builds the release predicate a viewport query or subscription takes: a viewer may see a vessel when
/// <see cref="ReleaseDecider"/> permits the vessel state's label to them.
/// </summary>
public static class ReleaseFilter
{
    /// <summary>
    /// A predicate deciding for <paramref name="viewer"/> at <paramref name="at"/>. Decisions are remembered per label
    /// instance, since thousands of vessels share the few labels of their feeds. The predicate is not thread-safe: make
    /// one per query or per subscription.
    /// </summary>
    /// <param name="decider">The release decision.</param>
    /// <param name="viewer">Who is looking.</param>
    /// <param name="at">When (community membership and review dates are judged then).</param>
    public static Func<ConfidentialityLabel, bool> For(ReleaseDecider decider, SharingSubject viewer, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decider);
        ArgumentNullException.ThrowIfNull(viewer);
        var decisions = new Dictionary<ConfidentialityLabel, bool>(ReferenceEqualityComparer.Instance);
        return label =>
        {
            if (!decisions.TryGetValue(label, out bool permitted))
            {
                permitted = decider.Decide(viewer, label, at).IsPermitted;
                decisions.Add(label, permitted);
            }
            return permitted;
        };
    }
}
