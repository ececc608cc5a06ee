using System.Diagnostics.Metrics;
using Concert.Pooling.Planning;
using Concert.Pooling.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The pooling meter records each plan's search time and gap as the plan reports them.</summary>
public sealed class PlanningMetricsTests
{
    [Fact]
    public async Task A_plan_is_recorded_with_its_solve_time_gap_and_status()
    {
        await using ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        IMeterFactory meters = services.GetRequiredService<IMeterFactory>();
        using var metrics = new PlanningMetrics(meters);
        using var durations = new MetricCollector<double>(meters, PlanningMetrics.MeterName, "concert.pooling.plan.duration");
        using var gaps = new MetricCollector<double>(meters, PlanningMetrics.MeterName, "concert.pooling.plan.gap");
        PoolingPlan plan = PoolingPlanner.Plan(OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "P")], [Presence(units: 2)]));

        metrics.Record(plan);

        CollectedMeasurement<double> duration = Assert.Single(durations.GetMeasurementSnapshot());
        Assert.Equal(plan.SolveTime.TotalSeconds, duration.Value);
        Assert.Equal(plan.Status.ToString(), duration.Tags[PlanningMetrics.StatusTag]);
        CollectedMeasurement<double> gap = Assert.Single(gaps.GetMeasurementSnapshot());
        Assert.Equal(PlanSolveStatus.Optimal, plan.Status);
        Assert.Equal(plan.RelativeGap, gap.Value);
    }

    [Fact]
    public async Task A_plan_without_a_bound_has_no_gap_recorded()
    {
        await using ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        IMeterFactory meters = services.GetRequiredService<IMeterFactory>();
        using var metrics = new PlanningMetrics(meters);
        using var gaps = new MetricCollector<double>(meters, PlanningMetrics.MeterName, "concert.pooling.plan.gap");
        PoolingPlan greedy = PoolingPlanner.PlanGreedy(OneArea(4, [Frigate(Jpn, "F")], [Presence()]));

        metrics.Record(greedy);

        Assert.Null(greedy.RelativeGap);
        Assert.Empty(gaps.GetMeasurementSnapshot());
    }
}
