namespace Concert.Apis.Contracts;

/// <summary>A community of the signed-in user.</summary>
/// <param name="Identifier">The community's token ("NATO").</param>
/// <param name="Name">Its English name.</param>
/// <param name="Through">"nation" when the user's nation is a member, "person" when granted to the user.</param>
internal sealed record MyCommunityResponse(string Identifier, string Name, string Through);
