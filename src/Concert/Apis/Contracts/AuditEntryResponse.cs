namespace Concert.Apis.Contracts;

/// <summary>One audit log entry.</summary>
/// <param name="Sequence">Its position in the chain.</param>
/// <param name="Time">When.</param>
/// <param name="Kind">What happened.</param>
/// <param name="User">The actor's account, or null.</param>
/// <param name="Nation">The actor's nation, or null.</param>
/// <param name="Clearance">The actor's clearance, or null.</param>
/// <param name="Label">The label as STANAG 4774 XML, or null.</param>
/// <param name="PolicyVersion">The sharing policy in force.</param>
/// <param name="Details">Key-value details.</param>
/// <param name="Hash">The entry's hash.</param>
internal sealed record AuditEntryResponse(
    long Sequence,
    DateTimeOffset Time,
    Sharing.Audit.AuditEntryKind Kind,
    string? User,
    string? Nation,
    string? Clearance,
    string? Label,
    string PolicyVersion,
    IReadOnlyDictionary<string, string> Details,
    string Hash);
