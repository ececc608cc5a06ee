using Concert.Apis.Contracts;
using Concert.Security;
using Concert.Sharing;

namespace Concert.Apis;

/// <summary><c>/api/v1/nations</c>: the ISO 3166-1 alpha-3 table labels and accounts use.</summary>
internal static class NationsApi
{
    private static readonly NationResponse[] Nations = [.. Trigraph.All.Select(nation => new NationResponse(nation.Code, nation.EnglishName))];

    /// <summary>Maps the endpoint.</summary>
    /// <param name="api">The /api/v1 group.</param>
    /// <returns>The endpoint.</returns>
    public static RouteHandlerBuilder MapNationsApi(this RouteGroupBuilder api) =>
        api.MapGet("/nations", () => TypedResults.Ok(Nations)).RequireAuthorization(ConcertPolicies.Reader).WithTags("Reference")
            .WithSummary("Every assigned ISO 3166-1 alpha-3 code and its English name.");
}
