namespace Concert.Apis;

/// <summary><c>/health</c>: answers without sign-in, says nothing but healthy or not.</summary>
internal static class HealthApi
{
    /// <summary>Maps the health check.</summary>
    /// <param name="app">The host.</param>
    /// <returns>The endpoint.</returns>
    public static IEndpointConventionBuilder MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapHealthChecks("/health").AllowAnonymous();
}
