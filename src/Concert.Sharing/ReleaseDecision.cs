namespace Concert.Sharing;

/// <summary>
/// The outcome of <see cref="ReleaseDecider.Decide"/>: permit or deny, the reason, and whether the label is past its
/// review date.
/// </summary>
/// <remarks>
/// Creating a decision never allocates: <see cref="Detail"/> refers to a string that already exists (the policy
/// identifier, the missing caveat, the matching nation code or community identifier), and the human text is built
/// only when <see cref="Explanation"/> is read. This type is an immutable value type.
/// </remarks>
/// <param name="Reason">Why.</param>
/// <param name="Detail">The value the reason is about: the unknown policy, the missing caveat, the nation or
/// community that matched; null for the clearance and releasability denials.</param>
/// <param name="ReviewOverdue">True when the label's review date is before the decision time. Reported, never a
/// reason to deny; always false for <see cref="ReleaseReason.UnknownPolicy"/>, whose labels are not interpreted.</param>
public readonly record struct ReleaseDecision(ReleaseReason Reason, string? Detail, bool ReviewOverdue)
{
    /// <summary>True for a permit, false for a deny.</summary>
    public bool IsPermitted => Reason is ReleaseReason.ReleasableToNation or ReleaseReason.ReleasableToCommunity;

    /// <summary>One sentence for a person: what was decided and why.</summary>
    public string Explanation
    {
        get
        {
            string decision = Reason switch
            {
                ReleaseReason.ReleasableToNation => $"Permitted: releasable to the user's nation {Detail}.",
                ReleaseReason.ReleasableToCommunity => $"Permitted: releasable to {Detail}, which the user belongs to.",
                ReleaseReason.UnknownPolicy => $"Denied: the label's policy '{Detail}' is not known here.",
                ReleaseReason.ClearanceBelowClassification => "Denied: the user's clearance is below the label's classification.",
                ReleaseReason.MissingCaveat => $"Denied: the user does not hold the caveat '{Detail}'.",
                ReleaseReason.NotReleasable => "Denied: the label is not releasable to the user's nation or any of its communities.",
                _ => $"Unknown reason {(int)Reason}.",
            };
            return ReviewOverdue ? decision + " The label is past its review date." : decision;
        }
    }
}
