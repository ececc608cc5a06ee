namespace Concert.Tests.Serve;

/// <summary>
/// Tests that read a host's <c>/metrics</c> run alone: OpenTelemetry listens to every meter of a given name in the
/// process, so the instruments of other test hosts running at the same time would be exported beside (or instead of)
/// this host's. A real deployment runs one host per process.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMetrics
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Process-wide metrics";
}
