using System.Collections.Immutable;
using System.Text;

namespace Concert.Sharing;

/// <summary>
/// A STANAG 4774 confidentiality label: under which policy, how classified, to whom releasable, which caveats
/// restrict it, and when it was made and is due for review.
/// </summary>
/// <remarks>
/// <para>Releasability (the permissive "Releasable to" category) is split into nations, held as a bitmap, and
/// communities, whose members are resolved at decision time from dated membership. A label with neither is
/// releasable to nobody: decisions fail closed.</para>
/// <para>Restrictive and informative categories keep their tag names and value order so that STANAG 4774 XML reads
/// and writes back unchanged; <see cref="Caveats"/> flattens the restrictive values for decisions.</para>
/// <para>Equality compares every field, collections in order. Immutable and thread-safe.</para>
/// </remarks>
public sealed record ConfidentialityLabel
{
    /// <summary>The tag name under which releasability is written in STANAG 4774 XML.</summary>
    public const string ReleasableToTagName = "Releasable to";

    // The releasable communities resolved against the registry last decided with; rebuilt when the registry changes.
    private LabelResolution? _resolution;

    /// <summary>Creates a label.</summary>
    /// <param name="policyIdentifier">The security policy ("NATO", "CONCERT"): non-empty.</param>
    /// <param name="classification">The classification under that policy.</param>
    /// <param name="creationDateTime">When the label was made.</param>
    /// <param name="releasableToNations">Nations the information may be released to.</param>
    /// <param name="releasableToCommunities">Communities whose members at decision time may receive it.</param>
    /// <param name="categories">Restrictive and informative categories, in label order.</param>
    /// <param name="reviewDateTime">When the label is due for review, or null.</param>
    /// <param name="privacyMark">A privacy mark ("IN CONFIDENCE"), or null.</param>
    /// <exception cref="ArgumentException">Empty policy identifier, an undefined classification, or an empty
    /// privacy mark.</exception>
    public ConfidentialityLabel(
        string policyIdentifier,
        Classification classification,
        DateTimeOffset creationDateTime,
        NationSet releasableToNations,
        IEnumerable<Community>? releasableToCommunities = null,
        IEnumerable<LabelCategory>? categories = null,
        DateTimeOffset? reviewDateTime = null,
        string? privacyMark = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(policyIdentifier);
        if (!Enum.IsDefined(classification))
        {
            throw new ArgumentException($"{(int)classification} is not a classification level.", nameof(classification));
        }

        if (privacyMark is not null && string.IsNullOrWhiteSpace(privacyMark))
        {
            throw new ArgumentException("A privacy mark, when present, must not be empty.", nameof(privacyMark));
        }

        PolicyIdentifier = policyIdentifier;
        Classification = classification;
        CreationDateTime = creationDateTime;
        ReleasableToNations = releasableToNations;
        ReleasableToCommunities = [.. (releasableToCommunities ?? []).Distinct()];
        Categories = [.. categories ?? []];
        ReviewDateTime = reviewDateTime;
        PrivacyMark = privacyMark;
        Caveats =
        [
            .. Categories.Where(category => category.Type == CategoryType.Restrictive)
                .SelectMany(category => category.Values)
                .Distinct(StringComparer.Ordinal),
        ];
    }

    /// <summary>The security policy the label is written under.</summary>
    public string PolicyIdentifier { get; }

    /// <summary>The classification.</summary>
    public Classification Classification { get; }

    /// <summary>When the label was made.</summary>
    public DateTimeOffset CreationDateTime { get; }

    /// <summary>When the label is due for review; passing it is reported by decisions but does not deny.</summary>
    public DateTimeOffset? ReviewDateTime { get; }

    /// <summary>The privacy mark, or null.</summary>
    public string? PrivacyMark { get; }

    /// <summary>Nations the information may be released to.</summary>
    public NationSet ReleasableToNations { get; }

    /// <summary>Communities the information may be released to, without duplicates, in label order.</summary>
    public ImmutableArray<Community> ReleasableToCommunities { get; }

    /// <summary>Restrictive and informative categories in label order.</summary>
    public ImmutableArray<LabelCategory> Categories { get; }

    /// <summary>Every value of every restrictive category, without duplicates: the caveats a reader must hold.</summary>
    public ImmutableArray<string> Caveats { get; }

    /// <summary>The releasable communities' timelines in <paramref name="registry"/>, built once per registry.</summary>
    internal LabelResolution ResolveIn(CommunityRegistry registry)
    {
        LabelResolution? resolution = _resolution;
        if (resolution is null || !ReferenceEquals(resolution.Registry, registry))
        {
            resolution = new LabelResolution(registry, ReleasableToCommunities);
            _resolution = resolution;
        }

        return resolution;
    }

    /// <summary>Whether every field, collections in order, is equal.</summary>
    /// <param name="other">The other label.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ConfidentialityLabel? other) =>
        other is not null
        && PolicyIdentifier == other.PolicyIdentifier
        && Classification == other.Classification
        && CreationDateTime == other.CreationDateTime
        && ReviewDateTime == other.ReviewDateTime
        && PrivacyMark == other.PrivacyMark
        && ReleasableToNations == other.ReleasableToNations
        && ReleasableToCommunities.SequenceEqual(other.ReleasableToCommunities)
        && Categories.SequenceEqual(other.Categories);

    /// <summary>Hash of policy, classification, creation time and nations.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(PolicyIdentifier, Classification, CreationDateTime, ReleasableToNations);

    /// <summary>A one-line summary: "NATO SECRET REL NATO JPN // CAVEAT".</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var text = new StringBuilder().Append(PolicyIdentifier).Append(' ').Append(Classification.ToMarking());
        if (!ReleasableToNations.IsEmpty || !ReleasableToCommunities.IsEmpty)
        {
            text.Append(" REL ").AppendJoin(' ', ReleasableToCommunities.Select(community => community.Identifier));
            if (!ReleasableToNations.IsEmpty)
            {
                text.Append(ReleasableToCommunities.IsEmpty ? string.Empty : " ").Append(ReleasableToNations);
            }
        }

        if (!Caveats.IsEmpty)
        {
            text.Append(" // ").AppendJoin(' ', Caveats);
        }

        return text.ToString();
    }
}
