using System.Globalization;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Concert.Health;

/// <summary>
/// Whether every live feed delivers: connected, and heard from within its idle timeout. A feed that is down or silent
/// makes the host <see cref="HealthStatus.Degraded"/> (the picture misses its area, the rest works); files are not
/// checked, since they end by themselves.
/// </summary>
/// <param name="runner">The host's feeds.</param>
/// <param name="time">The host's clock, the one feeds date their input by.</param>
internal sealed class FeedsHealthCheck(IngestRunner runner, TimeProvider time) : IHealthCheck
{
    /// <summary>The check's name in the health report.</summary>
    public const string Name = "feeds";

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        DateTimeOffset now = time.GetUtcNow();
        var states = new Dictionary<string, object>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (PositionFeed feed in runner.Feeds.Where(feed => !PositionFeeds.EndsByItself(feed.Options.Kind)))
        {
            (string state, bool delivering) = StateOf(feed, now);
            states[feed.Name] = state;
            if (!delivering)
            {
                problems.Add($"{feed.Name} {state}");
            }
        }

        HealthCheckResult result = states.Count == 0 ? HealthCheckResult.Healthy("no live feeds are configured")
            : problems.Count == 0 ? HealthCheckResult.Healthy($"{states.Count} live feeds delivering", states)
            : HealthCheckResult.Degraded(string.Join("; ", problems), data: states);
        return Task.FromResult(result);
    }

    private static (string State, bool Delivering) StateOf(PositionFeed feed, DateTimeOffset now)
    {
        FeedStatistics statistics = feed.Statistics;
        if (!statistics.IsConnected)
        {
            return statistics.LinkChangedAt is { } lost
                ? ($"is disconnected for {Age(now - lost)} ({statistics.Disconnection})", false)
                : ("has not connected yet", false);
        }

        DateTimeOffset? heard = statistics.LastInputAt;
        TimeSpan silence = now - (heard ?? statistics.LinkChangedAt ?? now);
        string state = heard is null ? $"is connected, nothing received in {Age(silence)}" : $"is connected, last input {Age(silence)} ago";
        return (state, silence <= feed.Options.IdleTimeout);
    }

    private static string Age(TimeSpan age) => age.TotalSeconds < 1
        ? "under a second"
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(age.TotalSeconds):0} s");
}
