using System.Diagnostics.Metrics;
using Concert.Health;
using Concert.Hubs;
using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;
using Concert.Maritime.Telemetry;
using Concert.Pooling.Telemetry;
using Concert.Security;
using Concert.Sharing.Audit;
using Concert.Sharing.Telemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Concert.Hosting;

/// <summary>
/// Metrics, health and telemetry export: each module's meter, OpenTelemetry with a Prometheus scrape endpoint
/// (<c>/metrics</c>, administrators only) and OTLP export only when <see cref="TelemetryOptions.OtlpEndpoint"/> is set,
/// and the health checks behind <c>/health</c>.
/// </summary>
internal static class ObservabilityRegistration
{
    /// <summary>The scrape endpoint's path.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>The meters of Concert's modules, each documented in docs/ARCHITECTURE.md.</summary>
    public static IReadOnlyList<string> MeterNames { get; } =
        [MaritimeMetrics.MeterName, LiveMetrics.MeterName, AuditMetrics.MeterName, PlanningMetrics.MeterName];

    /// <summary>Adds the meters, OpenTelemetry and the health checks.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration ("Concert:Telemetry").</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddConcertObservability(this IServiceCollection services, IConfiguration configuration)
    {
        TelemetryOptions telemetry = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddSingleton(provider => new MaritimeMetrics(provider.GetRequiredService<IMeterFactory>()));
        services.AddSingleton(provider => new LiveMetrics(provider.GetRequiredService<IMeterFactory>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new AuditMetrics(provider.GetRequiredService<IMeterFactory>(), provider.GetRequiredService<AuditLog>()));
        services.AddSingleton(provider => new PlanningMetrics(provider.GetRequiredService<IMeterFactory>()));

        OpenTelemetry.OpenTelemetryBuilder openTelemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("concert", serviceVersion: typeof(ObservabilityRegistration).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                // No cached scrape: a scrape reads the counts of the moment (scrapers come every few seconds at most).
                metrics.AddMeter([.. MeterNames]).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation()
                    .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
                if (telemetry.OtlpEndpoint is not null)
                {
                    metrics.AddOtlpExporter(exporter => Configure(exporter, telemetry));
                }
            });
        if (telemetry.OtlpEndpoint is not null)
        {
            openTelemetry
                .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddOtlpExporter(exporter => Configure(exporter, telemetry)))
                .WithLogging(logging => logging.AddOtlpExporter(exporter => Configure(exporter, telemetry)));
        }

        services.AddHealthChecks()
            .AddCheck<ArchiveHealthCheck>(ArchiveHealthCheck.Name)
            .AddCheck<AuditLogHealthCheck>(AuditLogHealthCheck.Name)
            .AddCheck<FeedsHealthCheck>(FeedsHealthCheck.Name);
        return services;
    }

    /// <summary>
    /// Points the meters at what they read (before the feeds start, so no commit or alert is missed) and maps
    /// <c>/metrics</c> for administrators: the counts name feeds and show traffic volumes, operational information
    /// a scraper reads with an administrator's bearer token.
    /// </summary>
    /// <param name="app">The built host, not yet started.</param>
    public static void MapConcertMetrics(this WebApplication app)
    {
        MaritimeMetrics maritime = app.Services.GetRequiredService<MaritimeMetrics>();
        maritime.Observe(app.Services.GetRequiredService<IngestRunner>());
        maritime.Observe(app.Services.GetRequiredService<MaritimePicture>());
        app.Services.GetRequiredService<LiveMetrics>().Observe(app.Services.GetRequiredService<LiveViewports>());
        // Made now, not on first use, so that their instruments are there for the first scrape.
        app.Services.GetRequiredService<AuditMetrics>();
        app.Services.GetRequiredService<PlanningMetrics>();
        app.MapPrometheusScrapingEndpoint(MetricsPath).RequireAuthorization(ConcertPolicies.Administrator);
    }

    private static void Configure(OtlpExporterOptions exporter, TelemetryOptions telemetry)
    {
        exporter.Endpoint = telemetry.OtlpEndpoint!;
        exporter.Protocol = telemetry.OtlpProtocol;
    }
}
