namespace Concert.Apis.Contracts;

/// <summary>Who the signed-in user is, as release decisions see them now.</summary>
/// <param name="Username">The sign-in name.</param>
/// <param name="DisplayName">The name shown to people.</param>
/// <param name="Nation">The nation.</param>
/// <param name="Clearance">The clearance marking ("SECRET").</param>
/// <param name="Roles">The roles.</param>
/// <param name="Communities">The communities the user belongs to now, through the nation or in person.</param>
/// <param name="Caveats">The caveats held.</param>
/// <param name="At">The instant the communities are given for.</param>
internal sealed record MeResponse(
    string Username,
    string DisplayName,
    NationResponse Nation,
    string Clearance,
    IReadOnlyList<string> Roles,
    IReadOnlyList<MyCommunityResponse> Communities,
    IReadOnlyList<string> Caveats,
    DateTimeOffset At);
