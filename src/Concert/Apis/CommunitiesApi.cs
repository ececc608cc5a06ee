using Concert.Apis.Contracts;
using Concert.Security;

namespace Concert.Apis;

/// <summary><c>/api/v1/communities</c>: the communities labels can name and their dated membership.</summary>
internal static class CommunitiesApi
{
    /// <summary>Maps the endpoint.</summary>
    /// <param name="api">The /api/v1 group.</param>
    /// <returns>The endpoint.</returns>
    public static RouteHandlerBuilder MapCommunitiesApi(this RouteGroupBuilder api) =>
        api.MapGet("/communities", Communities).RequireAuthorization(ConcertPolicies.Reader).WithTags("Reference")
            .WithSummary("Every known community with its membership periods and today's members.");

    private static CommunityResponse[] Communities(SharingPolicy policy, TimeProvider time)
    {
        DateTimeOffset now = time.GetUtcNow();
        return
        [
            .. policy.Registry.Definitions.Select(definition => new CommunityResponse(
                definition.Community.Identifier,
                definition.Community.Name,
                [.. definition.Memberships.OrderBy(period => period.From).ThenBy(period => period.Nation)
                    .Select(period => new MembershipResponse(period.Nation.Code, period.From, period.Until))],
                [.. policy.Registry.MembersAt(definition.Community, now).ToArray().Select(nation => nation.Code)])),
        ];
    }
}
