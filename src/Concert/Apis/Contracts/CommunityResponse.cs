namespace Concert.Apis.Contracts;

/// <summary>A community with its dated membership.</summary>
/// <param name="Identifier">The token written in labels.</param>
/// <param name="Name">The English name.</param>
/// <param name="Memberships">Every membership period.</param>
/// <param name="MembersNow">The members today.</param>
internal sealed record CommunityResponse(string Identifier, string Name, IReadOnlyList<MembershipResponse> Memberships, IReadOnlyList<string> MembersNow);
