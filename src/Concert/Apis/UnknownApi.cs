using Concert.Security;

namespace Concert.Apis;

/// <summary>Answers unknown <c>/api</c> paths with a 404 problem instead of the web app's page.</summary>
internal static class UnknownApi
{
    /// <summary>Maps the catch-all.</summary>
    /// <param name="api">The /api/v1 group.</param>
    /// <returns>The endpoint.</returns>
    public static RouteHandlerBuilder MapUnknownApi(this RouteGroupBuilder api) =>
        api.Map("/{**path}", (string? path) => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "No such API", detail: $"/api/v1/{path} is not an API of this server."))
            .RequireAuthorization(ConcertPolicies.Reader).ExcludeFromDescription();
}
