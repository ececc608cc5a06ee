using Concert.Apis.Contracts;
using Concert.Security;
using Concert.Sharing;

namespace Concert.Apis;

/// <summary><c>/api/v1/me</c>: who the signed-in user is.</summary>
internal static class MeApi
{
    /// <summary>Maps the endpoint.</summary>
    /// <param name="api">The /api/v1 group.</param>
    /// <returns>The endpoint.</returns>
    public static RouteHandlerBuilder MapMeApi(this RouteGroupBuilder api) =>
        api.MapGet("/me", MeAsync).RequireAuthorization(ConcertPolicies.SignedIn).WithTags("Users")
            .WithSummary("The signed-in user: nation, communities now, clearance, caveats, roles.");

    private static async Task<MeResponse> MeAsync(ViewerAccessor accessor, SharingPolicy policy, TimeProvider time, HttpContext http)
    {
        Viewer viewer = await accessor.ViewerAsync(http.RequestAborted);
        DateTimeOffset now = time.GetUtcNow();
        SharingSubject subject = viewer.Subject;
        var communities = policy.Registry.CommunitiesOf(subject.Nation, now)
            .Select(community => new MyCommunityResponse(community.Identifier, community.Name, "nation"))
            .Concat(subject.ExplicitCommunities
                .Where(community => !policy.Registry.IsMember(community, subject.Nation, now))
                .Select(community => new MyCommunityResponse(community.Identifier, community.Name, "person")))
            .ToList();
        return new MeResponse(
            viewer.UserName,
            viewer.DisplayName,
            new NationResponse(subject.Nation.Code, subject.Nation.EnglishName),
            subject.Clearance.ToMarking(),
            viewer.Roles,
            communities,
            subject.Caveats,
            now);
    }
}
