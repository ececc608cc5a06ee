using Concert.Apis;
using Scalar.AspNetCore;

namespace Concert.Hosting;

/// <summary>Builds and starts the web host of <c>concert serve</c>: the same code for the command line and tests.</summary>
internal static class ConcertHost
{
    /// <summary>The address the host listens on when none is configured.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Builds the host; nothing is listening or migrated yet.</summary>
    /// <param name="args">Configuration arguments ("--urls=…", "--Concert:DataDirectory=…").</param>
    /// <param name="announcements">Where one-time passwords are printed at first start.</param>
    /// <param name="configure">Changes tests make before the host is built (a fake clock, extra settings).</param>
    /// <returns>The application.</returns>
    public static WebApplication Build(string[] args, TextWriter announcements, Action<WebApplicationBuilder>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        configure?.Invoke(builder);
        ConcertOptions options = builder.Configuration.GetSection(ConcertOptions.Section).Get<ConcertOptions>() ?? new ConcertOptions();
        ConcertSignInOptions signIn = builder.Configuration.GetSection(ConcertSignInOptions.Section).Get<ConcertSignInOptions>() ?? new ConcertSignInOptions();
        Directory.CreateDirectory(options.FullDataDirectory);

        builder.Services.Configure<ConcertOptions>(builder.Configuration.GetSection(ConcertOptions.Section));
        builder.Services.Configure<ConcertSignInOptions>(builder.Configuration.GetSection(ConcertSignInOptions.Section));
        builder.Services.AddConcertStorage(options);
        builder.Services.AddConcertSecurity(options, signIn);
        builder.Services.AddConcertApiConventions();
        builder.Services.AddConcertMaritime(options);
        builder.Services.AddConcertLive(builder.Configuration);
        builder.Services.AddConcertPoolingApi();
        builder.Services.AddConcertObservability(builder.Configuration);
        builder.Services.AddSingleton(new StartupAnnouncements(announcements));
        builder.Services.AddScoped<DatabaseInitializer>();

        WebApplication app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthApi();
        app.MapConcertMetrics();
        RouteGroupBuilder api = app.MapGroup("/api/v1");
        api.MapAuthApi();
        api.MapMeApi();
        api.MapNationsApi();
        api.MapCommunitiesApi();
        api.MapAuditApi();
        api.MapBulletinsApi();
        api.MapMaritimeApi();
        api.MapPoolingApi();
        api.MapUnknownApi();
        app.MapMaritimeHub();
        app.MapOpenApi().RequireAuthorization(Security.ConcertPolicies.Reader);
        app.MapScalarApiReference().RequireAuthorization(Security.ConcertPolicies.Reader);
        app.MapWebApp();
        return app;
    }

    /// <summary>Applies migrations, creates the first administrator (and the exercise data), then starts listening.</summary>
    /// <param name="app">The built host.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The addresses the host listens on.</returns>
    public static async Task<IReadOnlyList<string>> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using (AsyncServiceScope scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        }

        await app.StartAsync(cancellationToken);
        return [.. app.Urls];
    }
}
