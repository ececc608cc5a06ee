namespace Concert.Apis.Contracts;

/// <summary>A confidentiality label given as JSON fields.</summary>
/// <param name="Policy">The policy identifier ("CONCERT", "NATO").</param>
/// <param name="Classification">The marking ("UNCLASSIFIED" … "TOP SECRET").</param>
/// <param name="ReleasableToNations">ISO 3166-1 alpha-3 codes.</param>
/// <param name="ReleasableToCommunities">Community identifiers ("NATO", "ASEAN").</param>
/// <param name="Caveats">Caveats a reader must hold (one restrictive category, "Special Handling").</param>
/// <param name="ReviewDateTime">When the label is due for review.</param>
internal sealed record LabelFields(
    string? Policy,
    string? Classification,
    IReadOnlyList<string>? ReleasableToNations,
    IReadOnlyList<string>? ReleasableToCommunities,
    IReadOnlyList<string>? Caveats,
    DateTimeOffset? ReviewDateTime);
