using System.Collections.Immutable;
using System.Globalization;
using Concert.Pooling.Model;
using Concert.Sharing;

namespace Concert.Pooling.Planning;

/// <summary>Turns a schedule into a <see cref="PoolingPlan"/>: costs, coverage, shortfalls with their reasons,
/// the label and the explanation. The greedy and the CP-SAT plans are both read through it, so they are measured
/// by one rule.</summary>
internal static class PlanEvaluator
{
    public static PoolingPlan Evaluate(
        PlanningIndex index, Schedule schedule, PlanSolveStatus status, double? bound, TimeSpan solveTime, PlannerOptions options)
    {
        var assignments = Assignments(index, schedule);
        var shortfalls = Shortfalls(index, schedule);
        long assetCost = assignments.Sum(assignment => assignment.Cost);
        long penalty = shortfalls.Sum(shortfall => shortfall.UncoveredRisk * index.ShortfallPricePerRiskUnitWeek);
        long requiredRisk = index.Requirements.Sum(row => (long)row.Requirement.UnitsPerWeek * row.ActiveWeeks.Length * row.Requirement.RiskWeight);
        long uncoveredRisk = shortfalls.Sum(shortfall => shortfall.UncoveredRisk);
        var costByNation = index.Problem.Nations.ToImmutableDictionary(
            nation => nation,
            nation => assignments.Where(assignment => assignment.Nation == nation).Sum(assignment => assignment.Cost));

        var onStation = ImmutableDictionary.CreateBuilder<(string GroupKey, string AreaId, int Week), int>();
        foreach (PledgeGroup group in index.Groups)
        {
            for (int area = 0; area < index.AreaIds.Length; area++)
            {
                for (int week = 1; week <= index.Weeks; week++)
                {
                    if (schedule[group.Index, area, week] > 0)
                    {
                        onStation[(group.Key, index.AreaIds[area], week)] = schedule[group.Index, area, week];
                    }
                }
            }
        }

        var plan = new PoolingPlan
        {
            Status = status,
            Objective = assetCost + penalty,
            BestBound = bound,
            SolveTime = solveTime,
            AssetCost = assetCost,
            ShortfallPenalty = penalty,
            ShortfallPricePerRiskUnitWeek = index.ShortfallPricePerRiskUnitWeek,
            Coverage = requiredRisk == 0 ? 1 : 1 - ((double)uncoveredRisk / requiredRisk),
            Assignments = assignments,
            Shortfalls = shortfalls,
            CostByNation = costByNation,
            Explanation = [],
            Label = Label(index, assignments, options),
            UnitsOnStation = onStation.ToImmutable(),
        };
        return Explained(index, plan);
    }

    /// <summary>The same plan with another status, explained again: the explanation states how good the plan is known
    /// to be.</summary>
    public static PoolingPlan WithStatus(PlanningIndex index, PoolingPlan plan, PlanSolveStatus status)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Explained(index, plan with { Status = status });
    }

    private static PoolingPlan Explained(PlanningIndex index, PoolingPlan plan) => plan with { Explanation = PlanExplainer.Explain(index, plan) };

    private static ImmutableArray<PlanAssignment> Assignments(PlanningIndex index, Schedule schedule)
    {
        var assignments = ImmutableArray.CreateBuilder<PlanAssignment>();
        var deployments = new Deployments(index, schedule);
        foreach (PledgeGroup group in index.Groups)
        {
            for (int area = 0; area < index.AreaIds.Length; area++)
            {
                string areaId = index.AreaIds[area];
                var serves = index.Requirements
                    .Where(row => row.AreaIndex == area && row.EligibleGroups.Contains(group.Index))
                    .Select(row => row.Requirement.Id)
                    .ToImmutableArray();
                int week = 1;
                while (week <= index.Weeks)
                {
                    int units = schedule[group.Index, area, week];
                    if (units == 0)
                    {
                        week++;
                        continue;
                    }

                    int first = week;
                    long cost = 0;
                    while (week <= index.Weeks && schedule[group.Index, area, week] == units)
                    {
                        cost += (units * index.WeeklyCost(group.Index)) + deployments.TransitCharged(group.Index, area, week);
                        week++;
                    }

                    assignments.Add(new PlanAssignment(
                        group.PledgeIds, group.Nation, group.Representative.AssetType, areaId, new WeekRange(first, week - 1), units, cost, serves));
                }
            }
        }

        return assignments.ToImmutable();
    }

    /// <summary>The risk-weighted unit-weeks <paramref name="schedule"/> leaves uncovered, as <see cref="Evaluate"/>
    /// counts them (<see cref="PoolingPlan.Shortfalls"/>), without the plan's assignments and reasons.</summary>
    public static long UncoveredRisk(PlanningIndex index, Schedule schedule) =>
        index.Requirements.Sum(row => row.ActiveWeeks.Sum(week => (long)row.UnitsShort(schedule, week)) * row.Requirement.RiskWeight);

    private static ImmutableArray<PlanShortfall> Shortfalls(PlanningIndex index, Schedule schedule)
    {
        var shortfalls = ImmutableArray.CreateBuilder<PlanShortfall>();
        foreach (RequirementRow row in index.Requirements)
        {
            PlanShortfall? open = null;
            foreach (int week in row.ActiveWeeks)
            {
                int missing = row.UnitsShort(schedule, week);
                if (missing == 0)
                {
                    Flush();
                    continue;
                }

                string reason = ShortfallReasons.Explain(index, schedule, row, week);
                if (open is not null && open.Weeks.Last == week - 1 && open.UnitsShort == missing && open.Reason == reason)
                {
                    open = open with { Weeks = new WeekRange(open.Weeks.First, week) };
                }
                else
                {
                    Flush();
                    open = new PlanShortfall(row.Requirement.Id, row.Requirement.AreaId, new WeekRange(week, week), missing, row.Requirement.RiskWeight, reason);
                }
            }

            Flush();

            void Flush()
            {
                if (open is not null)
                {
                    shortfalls.Add(open);
                    open = null;
                }
            }
        }

        return shortfalls.ToImmutable();
    }

    private static ConfidentialityLabel Label(PlanningIndex index, ImmutableArray<PlanAssignment> assignments, PlannerOptions options)
    {
        var used = assignments.SelectMany(assignment => assignment.PledgeIds).ToHashSet(StringComparer.Ordinal);
        var labels = index.Problem.Projects.Select(project => project.Label)
            .Concat(index.Problem.Pledges.Where(pledge => used.Contains(pledge.Id)).Select(pledge => pledge.Label))
            .Distinct()
            .ToList();
        return LabelCombiner.Combine(labels, options.Registry, options.Clock.GetUtcNow());
    }

    /// <summary>Thousands of euros as "1,234 k€".</summary>
    internal static string KiloEuros(long amount) => amount.ToString("N0", CultureInfo.InvariantCulture) + " k€";
}
