using Concert.Sharing;

namespace Concert.Security;

/// <summary>The attributes of an account to create.</summary>
/// <param name="UserName">Sign-in name, lower-case.</param>
/// <param name="DisplayName">Name shown to people.</param>
/// <param name="Nation">The user's nation.</param>
/// <param name="Clearance">The user's clearance.</param>
/// <param name="Roles">Roles (<see cref="ConcertRoles"/>).</param>
/// <param name="Communities">Communities granted in person.</param>
/// <param name="Caveats">Caveats held.</param>
internal sealed record AccountSeed(
    string UserName,
    string DisplayName,
    Trigraph Nation,
    Classification Clearance,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Communities,
    IReadOnlyList<string> Caveats);
