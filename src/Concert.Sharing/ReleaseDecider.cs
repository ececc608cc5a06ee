using System.Collections.Immutable;

namespace Concert.Sharing;

/// <summary>
/// Decides whether a label's information may be released to a subject at a given time, failing closed.
/// </summary>
/// <remarks>
/// <para>Checks run in this order and the first that fails denies: the label's policy must be one the decider knows;
/// the subject's clearance must be at least the classification; the subject must hold every caveat of the
/// restrictive categories; and one releasability value must match, either the subject's nation or a community the
/// subject belongs to at <c>at</c> (its nation's dated membership, or a community granted in person). A review date
/// before <c>at</c> does not deny; it is reported on the decision.</para>
/// <para>A decision reads only bitmaps, short arrays and the subject's caveat set; it does not allocate. (A label
/// resolves its communities against the registry once, on its first decision, and keeps that.) Immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class ReleaseDecider
{
    private readonly string[] _knownPolicies;

    /// <summary>Creates a decider.</summary>
    /// <param name="registry">Dated community membership.</param>
    /// <param name="knownPolicies">Policy identifiers whose labels this decider may interpret (ordinal,
    /// case-sensitive).</param>
    public ReleaseDecider(CommunityRegistry registry, IEnumerable<string> knownPolicies)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(knownPolicies);
        Registry = registry;
        _knownPolicies = [.. knownPolicies.Distinct(StringComparer.Ordinal)];
        KnownPolicies = [.. _knownPolicies];
    }

    /// <summary>The membership data decisions use.</summary>
    public CommunityRegistry Registry { get; }

    /// <summary>The policies this decider interprets.</summary>
    public ImmutableArray<string> KnownPolicies { get; }

    /// <summary>Decides release of <paramref name="label"/>'s information to <paramref name="subject"/> at
    /// <paramref name="at"/>.</summary>
    /// <param name="subject">Who asks.</param>
    /// <param name="label">The information's label.</param>
    /// <param name="at">The time of the request: membership is taken on its UTC day, the review date compared with it.</param>
    /// <returns>The decision.</returns>
    public ReleaseDecision Decide(SharingSubject subject, ConfidentialityLabel label, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(label);

        if (!IsKnownPolicy(label.PolicyIdentifier))
        {
            return new ReleaseDecision(ReleaseReason.UnknownPolicy, label.PolicyIdentifier, ReviewOverdue: false);
        }

        bool reviewOverdue = label.ReviewDateTime is { } review && review < at;
        if (subject.Clearance < label.Classification)
        {
            return new ReleaseDecision(ReleaseReason.ClearanceBelowClassification, null, reviewOverdue);
        }

        foreach (string caveat in label.Caveats)
        {
            if (!subject.HoldsCaveat(caveat))
            {
                return new ReleaseDecision(ReleaseReason.MissingCaveat, caveat, reviewOverdue);
            }
        }

        if (label.ReleasableToNations.Contains(subject.Nation))
        {
            return new ReleaseDecision(ReleaseReason.ReleasableToNation, subject.Nation.Code, reviewOverdue);
        }

        int dayNumber = MembershipTimeline.DayNumberOf(at);
        ImmutableArray<Community> communities = label.ReleasableToCommunities;
        MembershipTimeline?[] timelines = label.ResolveIn(Registry).Timelines;
        for (int index = 0; index < communities.Length; index++)
        {
            if (subject.BelongsTo(communities[index], timelines[index], dayNumber))
            {
                return new ReleaseDecision(ReleaseReason.ReleasableToCommunity, communities[index].Identifier, reviewOverdue);
            }
        }

        return new ReleaseDecision(ReleaseReason.NotReleasable, null, reviewOverdue);
    }

    private bool IsKnownPolicy(string policyIdentifier)
    {
        foreach (string known in _knownPolicies)
        {
            if (string.Equals(known, policyIdentifier, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
