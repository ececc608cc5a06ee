namespace Concert.Apis;

/// <summary>The browser app: static files from wwwroot, and its index page for every other path (client-side routes).</summary>
internal static class WebAppEndpoints
{
    /// <summary>Maps the fallback to index.html. The page is the sign-in shell and holds no data, so it answers
    /// without sign-in; every datum it shows comes from the API.</summary>
    /// <param name="app">The host.</param>
    /// <returns>The endpoint.</returns>
    public static IEndpointConventionBuilder MapWebApp(this IEndpointRouteBuilder app) =>
        app.MapFallbackToFile("index.html").AllowAnonymous();
}
