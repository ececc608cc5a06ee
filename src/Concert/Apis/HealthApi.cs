using Concert.Health;
using Concert.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Concert.Apis;

/// <summary>
/// <c>/health</c> answers without sign-in with the status alone (Healthy, Degraded; Unhealthy with 503), so a probe or a
/// load balancer needs no account; <c>/health/details</c> gives administrators each check's status and reason, which
/// name feeds and files and so are not for anyone who can reach the port.
/// </summary>
internal static class HealthApi
{
    /// <summary>Maps both health endpoints.</summary>
    /// <param name="app">The host.</param>
    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHealthChecks("/health/details", new HealthCheckOptions { ResponseWriter = HealthDetailsWriter.WriteAsync })
            .RequireAuthorization(ConcertPolicies.Administrator);
    }
}
