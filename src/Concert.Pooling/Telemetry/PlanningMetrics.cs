using System.Diagnostics.Metrics;
using Concert.Pooling.Planning;

namespace Concert.Pooling.Telemetry;

/// <summary>The pooling module's meter, <see cref="MeterName"/>: how long plans take and how far from proven optimal they are.</summary>
public sealed class PlanningMetrics : IDisposable
{
    /// <summary>The meter's name, for a collector to listen to.</summary>
    public const string MeterName = "Concert.Pooling";

    /// <summary>The tag naming a plan's <see cref="PlanSolveStatus"/>.</summary>
    public const string StatusTag = "status";

    private readonly Meter _meter;
    private readonly Histogram<double> _duration;
    private readonly Histogram<double> _gap;

    /// <summary>Creates the meter and its instruments.</summary>
    /// <param name="meters">The host's meter factory.</param>
    public PlanningMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _duration = _meter.CreateHistogram("concert.pooling.plan.duration", "s",
            "How long the planner searched for each plan, by solve status (Feasible: the time limit ended the search).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120] });
        _gap = _meter.CreateHistogram("concert.pooling.plan.gap", "1",
            "Each plan's relative gap: how far its cost may be above the optimum (0 when proven optimal), by solve status; plans without a bound are not recorded.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0, 0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1] });
    }

    /// <summary>Records one plan the planner made.</summary>
    /// <param name="plan">The plan.</param>
    public void Record(PoolingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var status = new KeyValuePair<string, object?>(StatusTag, plan.Status.ToString());
        _duration.Record(plan.SolveTime.TotalSeconds, status);
        if (plan.RelativeGap is { } gap)
        {
            _gap.Record(gap, status);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
