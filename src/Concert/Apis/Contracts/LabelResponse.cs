namespace Concert.Apis.Contracts;

/// <summary>A record's label.</summary>
/// <param name="Marking">One-line marking ("CONCERT SECRET REL NATO JPN // MARSEC").</param>
/// <param name="Policy">The policy identifier.</param>
/// <param name="Classification">The classification marking.</param>
/// <param name="ReleasableToNations">Nations.</param>
/// <param name="ReleasableToCommunities">Communities.</param>
/// <param name="Caveats">Caveats.</param>
/// <param name="Stanag4774Xml">The label as STANAG 4774 XML.</param>
internal sealed record LabelResponse(
    string Marking,
    string Policy,
    string Classification,
    IReadOnlyList<string> ReleasableToNations,
    IReadOnlyList<string> ReleasableToCommunities,
    IReadOnlyList<string> Caveats,
    string Stanag4774Xml);
