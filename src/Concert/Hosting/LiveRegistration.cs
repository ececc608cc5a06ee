using Concert.Hubs;
using Concert.Security;

namespace Concert.Hosting;

/// <summary>The live maritime hub in the host: SignalR, the subscriptions and their push loop.</summary>
internal static class LiveRegistration
{
    /// <summary>Adds SignalR, <see cref="LiveViewports"/> and the push loop, with "Concert:Live" settings.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddConcertLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSignalR();
        services.Configure<LiveOptions>(configuration.GetSection(LiveOptions.Section));
        services.AddSingleton<LiveViewports>();
        services.AddHostedService<LivePushService>();
        return services;
    }

    /// <summary>
    /// Maps <c>/hubs/maritime</c> for signed-in readers. (A connection is closed when its cookie or token expires by
    /// <see cref="LiveViewports"/>, on the host's clock, rather than by SignalR's CloseOnAuthenticationExpiration, which
    /// reads the system clock.)
    /// </summary>
    /// <param name="app">The host.</param>
    /// <returns>The hub's endpoints.</returns>
    public static HubEndpointConventionBuilder MapMaritimeHub(this IEndpointRouteBuilder app) =>
        app.MapHub<MaritimeHub>(MaritimeHub.Path).RequireAuthorization(ConcertPolicies.Reader);
}
