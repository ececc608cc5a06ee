namespace Concert.Sharing;

/// <summary>
/// Why a release decision came out as it did. The deny reasons are listed in the order the checks run: the first
/// failing check is the one reported.
/// </summary>
public enum ReleaseReason
{
    /// <summary>Permitted: the label is releasable to the subject's nation.</summary>
    ReleasableToNation,

    /// <summary>Permitted: the label is releasable to a community the subject belongs to at the decision time.</summary>
    ReleasableToCommunity,

    /// <summary>Denied: the decider does not know the label's policy, so it cannot interpret the label.</summary>
    UnknownPolicy,

    /// <summary>Denied: the subject's clearance is below the label's classification.</summary>
    ClearanceBelowClassification,

    /// <summary>Denied: the subject lacks a caveat of a restrictive category.</summary>
    MissingCaveat,

    /// <summary>Denied: no releasability value matches the subject's nation or its communities at the time.</summary>
    NotReleasable,
}
