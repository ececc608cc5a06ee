using System.Collections.Immutable;
using Concert.Pooling.Model;
using Concert.Sharing;

namespace Concert.Pooling.Planning;

/// <summary>A fast constructive plan: week by week, riskiest requirement first, fill each gap with the unit that
/// adds least cost (a unit already deployed there before a new round trip, counted as the model counts them:
/// <see cref="RunningDeployment"/>), within capacity, rotation and budget caps. It is the CP-SAT planner's warm
/// start and the benchmark's baseline.</summary>
internal static class GreedyPlanner
{
    /// <summary>Builds a plan, or completes <paramref name="start"/> (a previous plan carried over to a changed
    /// problem) by filling the gaps it leaves.</summary>
    public static Schedule Build(PlanningIndex index, Schedule? start = null)
    {
        var schedule = start ?? new Schedule(index.Groups.Length, index.AreaIds.Length, index.Weeks);
        var areasByProject = index.AreasByProject;
        var placeOfArea = new (int Project, int Position)[index.AreaIds.Length];
        for (int project = 0; project < areasByProject.Length; project++)
        {
            for (int position = 0; position < areasByProject[project].Length; position++)
            {
                placeOfArea[areasByProject[project][position]] = (project, position);
            }
        }

        var spent = new Dictionary<(int Project, Trigraph Nation), long>();
        var deployments = new RunningDeployment[index.Groups.Length, areasByProject.Length];
        for (int project = 0; project < areasByProject.Length; project++)
        {
            foreach (PledgeGroup group in index.Groups)
            {
                var deployment = new RunningDeployment(index, schedule, group.Index, areasByProject[project], index.Problem.Projects[project].Rotation);
                deployments[group.Index, project] = deployment;
                long cost = deployment.TransitCost;
                foreach (int area in areasByProject[project])
                {
                    for (int week = 1; week <= index.Weeks; week++)
                    {
                        cost += schedule[group.Index, area, week] * index.WeeklyCost(group.Index);
                    }
                }

                if (cost > 0)
                {
                    spent[(project, group.Nation)] = spent.GetValueOrDefault((project, group.Nation)) + cost;
                }
            }
        }

        var rows = index.Requirements
            .OrderByDescending(row => row.Requirement.RiskWeight)
            .ThenBy(row => row.Requirement.Id, StringComparer.Ordinal)
            .ToList();

        for (int week = 1; week <= index.Weeks; week++)
        {
            foreach (RequirementRow row in rows.Where(row => row.ActiveWeeks.Contains(week)))
            {
                int missing = row.UnitsShort(schedule, week);
                (int project, int position) = placeOfArea[row.AreaIndex];
                while (missing > 0 && CheapestAddition(index, schedule, spent, deployments, row, project, position, week) is { } choice)
                {
                    schedule[choice.Group, row.AreaIndex, week]++;
                    deployments[choice.Group, project].Add(position, week);
                    var budgetKey = (project, index.Groups[choice.Group].Nation);
                    spent[budgetKey] = spent.GetValueOrDefault(budgetKey) + choice.Cost;
                    missing--;
                }
            }
        }

        PutSymmetricGroupsInOrder(index, schedule);
        return schedule;
    }

    /// <summary>Swaps the schedules of interchangeable groups so each chain is in descending order of use, as the
    /// CP-SAT model's symmetry-breaking constraints require, so the warm start stays feasible.</summary>
    internal static void PutSymmetricGroupsInOrder(PlanningIndex index, Schedule schedule)
    {
        foreach (var chain in index.SymmetricGroupChains())
        {
            // Selection sort on whole schedules: chains are short.
            for (int position = 0; position < chain.Length; position++)
            {
                int best = position;
                for (int candidate = position + 1; candidate < chain.Length; candidate++)
                {
                    if (schedule.TotalUnitWeeks(chain[candidate]) > schedule.TotalUnitWeeks(chain[best]))
                    {
                        best = candidate;
                    }
                }

                if (best != position)
                {
                    schedule.Swap(chain[position], chain[best]);
                }
            }
        }
    }

    /// <summary>The group whose one more unit in the row's area and week costs least: its week and the round trips it
    /// adds (a new peak in the area, or a relief the rotation needs), within capacity, rotation and budget caps.</summary>
    private static (int Group, long Cost)? CheapestAddition(
        PlanningIndex index,
        Schedule schedule,
        Dictionary<(int Project, Trigraph Nation), long> spent,
        RunningDeployment[,] deployments,
        RequirementRow row,
        int project,
        int position,
        int week)
    {
        (int Group, long Cost)? best = null;
        RotationRule rotation = index.Problem.Projects[project].Rotation;
        foreach (int group in row.EligibleGroups)
        {
            PledgeGroup pledgeGroup = index.Groups[group];
            if (!index.CanBeOnStation(group, row.AreaIndex, week) || schedule.OnStationAnywhere(group, week) >= pledgeGroup.Count)
            {
                continue;
            }

            // Rotation: every window holding this week, counted over the project's areas, must keep room for one more
            // (a fresh plan has nothing after this week, so the window ending now is the fullest of them).
            RunningDeployment deployment = deployments[group, project];
            if (deployment.MostUnitWeeksInAWindowWith(week) + 1 > rotation.MaxWeeksOnStation * pledgeGroup.Count)
            {
                continue;
            }

            long cost = index.WeeklyCost(group) + deployment.TransitCostWithOneMore(position, week) - deployment.TransitCost;
            if (index.BudgetCap(row.AreaIndex, pledgeGroup.Nation) is { } cap
                && spent.GetValueOrDefault((project, pledgeGroup.Nation)) + cost > cap)
            {
                continue;
            }

            if (best is null || cost < best.Value.Cost)
            {
                best = (group, cost);
            }
        }

        return best;
    }
}
