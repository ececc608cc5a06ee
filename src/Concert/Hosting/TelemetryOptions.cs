using OpenTelemetry.Exporter;

namespace Concert.Hosting;

/// <summary>
/// Where metrics, traces and logs are exported (configuration section "Concert:Telemetry"). Concert runs on closed
/// networks: nothing is sent anywhere unless an endpoint is configured, and <c>/metrics</c> is always there to be scraped.
/// </summary>
internal sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Concert:Telemetry";

    /// <summary>An OpenTelemetry collector to export to (e.g. <c>http://collector:4317</c>); null exports nothing.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>The OTLP transport: gRPC (port 4317) or HTTP/protobuf (port 4318).</summary>
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;
}
