namespace Concert.Sharing;

/// <summary>
/// A label's releasable communities resolved against one registry: the membership timeline of each, in label order
/// (null for a community the registry does not know).
/// </summary>
/// <remarks>
/// Decisions would otherwise hash every community identifier on every call; a label keeps the resolution for the
/// registry it was last decided against. Immutable once built, so publishing it without a lock is safe.
/// </remarks>
internal sealed class LabelResolution
{
    public LabelResolution(CommunityRegistry registry, IEnumerable<Community> communities)
    {
        Registry = registry;
        Timelines = [.. communities.Select(registry.TimelineOf)];
    }

    /// <summary>The registry the timelines come from.</summary>
    public CommunityRegistry Registry { get; }

    /// <summary>One timeline per releasable community, in label order.</summary>
    public MembershipTimeline?[] Timelines { get; }
}
