namespace Concert.Sharing;

/// <summary>
/// Combines the labels of source records into the label of a record derived from them (an alert from three tracks).
/// </summary>
/// <remarks>
/// <para>The combined label never releases more than any input: at the combination time, every subject it is
/// released to is released every input. The rules:</para>
/// <list type="bullet">
/// <item>Policy: all inputs must share one policy; labels under different policies are not comparable.</item>
/// <item>Classification: the highest.</item>
/// <item>Restrictive and informative categories: the union, merged by tag name and type, values and tags in order of
/// first appearance; so the caveats are the union of the inputs' caveats.</item>
/// <item>Releasability: the intersection. A community releasable in <em>every</em> input stays a community (anyone who
/// belongs to it is released every input, at any time). Every other community is expanded to its members at the
/// combination time; the combined nations are the nations every input releases to (directly or through such a
/// member set) that are not already covered by a kept community at that time. Because of the expansion the result is
/// exact at the combination time; combine again after membership changes that matter.</item>
/// <item>Dates: created at the combination time; reviewed at the earliest input review date, or never if none has
/// one.</item>
/// <item>Privacy mark: the distinct marks of the inputs joined by " / " in order of first appearance, or none.</item>
/// </list>
/// </remarks>
public static class LabelCombiner
{
    /// <summary>The label of a record derived from records with the given labels.</summary>
    /// <param name="labels">The inputs' labels; at least one.</param>
    /// <param name="registry">Dated membership for expanding communities.</param>
    /// <param name="at">The combination time: the combined label's creation time and the day communities are expanded on.</param>
    /// <returns>The combined label.</returns>
    /// <exception cref="ArgumentException">No labels, or labels under different policies.</exception>
    public static ConfidentialityLabel Combine(IReadOnlyList<ConfidentialityLabel> labels, CommunityRegistry registry, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(registry);
        if (labels.Count == 0)
        {
            throw new ArgumentException("At least one label is needed.", nameof(labels));
        }

        string policy = labels[0].PolicyIdentifier;
        if (labels.FirstOrDefault(label => label.PolicyIdentifier != policy) is { } foreign)
        {
            throw new ArgumentException(
                $"Labels under different policies ('{policy}', '{foreign.PolicyIdentifier}') cannot be combined.", nameof(labels));
        }

        Community[] keptCommunities =
            [.. labels[0].ReleasableToCommunities.Where(community => labels.All(label => label.ReleasableToCommunities.Contains(community)))];
        NationSet coveredByKept = NationSet.Empty;
        foreach (Community community in keptCommunities)
        {
            coveredByKept = coveredByKept.Union(registry.MembersAt(community, at));
        }

        NationSet nations = labels
            .Select(label => ReleasedNationsAt(label, registry, at))
            .Aggregate((left, right) => left.Intersect(right))
            .Except(coveredByKept);

        string[] privacyMarks = [.. labels.Select(label => label.PrivacyMark).OfType<string>().Distinct(StringComparer.Ordinal)];
        return new ConfidentialityLabel(
            policy,
            labels.Max(label => label.Classification),
            at,
            nations,
            keptCommunities,
            MergeCategories(labels),
            labels.Select(label => label.ReviewDateTime).Where(review => review is not null).Min(),
            privacyMarks.Length == 0 ? null : string.Join(" / ", privacyMarks));
    }

    /// <summary>The nations a label releases to at <paramref name="at"/>: its own, and the members of its communities.</summary>
    /// <param name="label">The label.</param>
    /// <param name="registry">Dated membership.</param>
    /// <param name="at">The instant (its UTC day counts).</param>
    /// <returns>The nations.</returns>
    public static NationSet ReleasedNationsAt(ConfidentialityLabel label, CommunityRegistry registry, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(registry);
        NationSet nations = label.ReleasableToNations;
        foreach (Community community in label.ReleasableToCommunities)
        {
            nations = nations.Union(registry.MembersAt(community, at));
        }

        return nations;
    }

    private static IEnumerable<LabelCategory> MergeCategories(IEnumerable<ConfidentialityLabel> labels) =>
        labels
            .SelectMany(label => label.Categories)
            .GroupBy(category => (category.TagName, category.Type))
            .Select(group => new LabelCategory(
                group.Key.TagName, group.Key.Type, group.SelectMany(category => category.Values).Distinct(StringComparer.Ordinal)));
}
