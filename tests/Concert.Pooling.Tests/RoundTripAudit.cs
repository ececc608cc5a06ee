using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Google.OrTools.Sat;

namespace Concert.Pooling.Tests;

/// <summary>Checks that a plan pays every unit that sails one round trip, from the plan's assignments and the
/// problem's own data: the units each pledge group sends to each project are worked out here (the peak on station in
/// each area, and as many as the busiest rotation window needs, the reliefs sailing to the project's cheapest area),
/// shown to be enough by a split of the group's unit-weeks into that many single units (or the units it has, if
/// fewer) that each keep the rotation rule (<see cref="UnitSplit"/>), and the plan's asset cost must be its weeks on
/// station plus those round trips.</summary>
internal static class RoundTripAudit
{
    /// <summary>Asserts the round trips of <paramref name="plan"/>; returns how many units sailed as reliefs (beyond
    /// the peaks on station), so that a test can tell whether its instances exercised reliefs at all.</summary>
    public static int AssertEveryUnitThatSailsPaysOneRoundTrip(PoolingProblem problem, PoolingPlan plan)
    {
        var pledges = problem.Pledges.ToDictionary(pledge => pledge.Id, StringComparer.Ordinal);
        long weeksOnStation = 0, roundTrips = 0;
        int reliefs = 0;
        foreach (var group in plan.Assignments.GroupBy(assignment => string.Join(',', assignment.PledgeIds), StringComparer.Ordinal))
        {
            Pledge pledge = pledges[group.First().PledgeIds[0]];
            int pledged = group.First().PledgeIds.Sum(id => pledges[id].Count);
            weeksOnStation += group.Sum(assignment => (long)assignment.Units * assignment.Weeks.Length * pledge.WeeklyCost);
            foreach (PoolingProject project in problem.Projects)
            {
                var deployment = ProjectDeployment(problem, project, pledge, [.. group]);
                if (deployment is null)
                {
                    continue;
                }

                (int[] peaks, int[] onStation, int sailing, long cost) = deployment.Value;
                reliefs += sailing - peaks.Sum();
                roundTrips += cost;

                // The units on station are real ones: no more than the group has, and no more than sail there (a unit
                // that moves between two areas of the project pays both round trips, so more may sail than exist).
                AssertSplit(onStation, Math.Min(pledged, sailing), project.Rotation, problem.HorizonWeeks, $"{group.Key} in {project.Id}");
            }
        }

        Assert.Equal(weeksOnStation + roundTrips, plan.AssetCost);
        return reliefs;
    }

    /// <summary>The CP-SAT model's least cost (asset cost + priced shortfall) of the plan's schedule: the model with
    /// every on-station count fixed to the plan's and its deployments and shortfalls free to be their least. The plan's
    /// objective, computed by <see cref="PlanEvaluator"/>, must be that cost.</summary>
    public static long ModelCostOfSchedule(PoolingProblem problem, PoolingPlan plan)
    {
        var index = new PlanningIndex(problem, plan.ShortfallPricePerRiskUnitWeek);
        var model = new CpSatPoolingModel(index, breakSymmetry: false);
        var keys = index.Groups.Select(group => group.Key).ToArray();
        int fixedUnitWeeks = 0;
        foreach (IntegerVariableProto variable in model.Model.Model.Variables.Where(variable => variable.Name.StartsWith("x_", StringComparison.Ordinal)))
        {
            int[] at = [.. variable.Name.Split('_').Skip(1).Select(int.Parse)];
            int units = plan.UnitsOnStation.GetValueOrDefault((keys[at[0]], index.AreaIds[at[1]], at[2]));
            fixedUnitWeeks += units;
            variable.Domain.Clear();
            variable.Domain.Add(units);
            variable.Domain.Add(units);
        }

        // Every unit-week of the plan is one the model can schedule.
        Assert.Equal(plan.UnitsOnStation.Values.Sum(), fixedUnitWeeks);
        using var solver = new CpSolver { StringParameters = "num_workers:1,max_time_in_seconds:30" };
        Assert.Equal(CpSolverStatus.Optimal, solver.Solve(model.Model));
        return (long)Math.Round(solver.ObjectiveValue);
    }

    /// <summary>The group's deployment to the project: per area of the project its peak on station, its units on
    /// station in the project each week, the units that sail there, and their round trips; null where the group
    /// serves none of the project's areas.</summary>
    private static (int[] Peaks, int[] OnStation, int Sailing, long Cost)? ProjectDeployment(
        PoolingProblem problem, PoolingProject project, Pledge pledge, PlanAssignment[] assignments)
    {
        string[] areas = [.. project.AreaIds];
        var runs = assignments.Where(assignment => areas.Contains(assignment.AreaId)).ToArray();
        if (runs.Length == 0)
        {
            return null;
        }

        int weeks = problem.HorizonWeeks;
        int[] onStation = new int[weeks + 1];
        int[] peaks = new int[areas.Length];
        for (int area = 0; area < areas.Length; area++)
        {
            for (int week = 1; week <= weeks; week++)
            {
                int units = runs.Where(run => run.AreaId == areas[area] && run.Weeks.Contains(week)).Sum(run => run.Units);
                onStation[week] += units;
                peaks[area] = Math.Max(peaks[area], units);
            }
        }

        // The rotation needs ⌈unit-weeks / M⌉ units in every window of M + R weeks (the whole horizon if shorter).
        RotationRule rotation = project.Rotation;
        int window = Math.Min(rotation.WindowWeeks, weeks);
        int busiest = Enumerable.Range(1, weeks - window + 1).Max(first => onStation.Skip(first).Take(window).Sum());
        int needed = (busiest + rotation.MaxWeeksOnStation - 1) / rotation.MaxWeeksOnStation;
        int sailing = Math.Max(peaks.Sum(), needed);

        // Reliefs beyond the peaks sail to the cheapest area of the project the group can serve in.
        long cheapest = areas
            .Where(area => pledge.OnStationWeeks(area) is not null && project.Requirements.Any(requirement => requirement.AreaId == area && pledge.CanServe(requirement)))
            .Min(pledge.RoundTripTransitCost);
        long cost = Enumerable.Range(0, areas.Length).Sum(area => peaks[area] * pledge.RoundTripTransitCost(areas[area]))
            + ((sailing - peaks.Sum()) * cheapest);
        return (peaks, onStation, sailing, cost);
    }

    /// <summary>Asserts that <paramref name="units"/> units can take the unit-weeks in turns within the rotation rule,
    /// and checks the split found, week by week and window by window.</summary>
    private static void AssertSplit(int[] onStation, int units, RotationRule rotation, int weeks, string what)
    {
        int window = Math.Min(rotation.WindowWeeks, weeks);
        var split = UnitSplit.Of(onStation, units, rotation.MaxWeeksOnStation, window);
        Assert.True(split is not null, $"{what}: {units} units cannot take turns on station within {rotation}");
        for (int week = 1; week <= weeks; week++)
        {
            Assert.Equal(onStation[week], split.Count(unitWeeks => unitWeeks.Contains(week)));
        }

        foreach (var unitWeeks in split)
        {
            for (int first = 1; first + window - 1 <= weeks; first++)
            {
                Assert.True(unitWeeks.Count(week => week >= first && week < first + window) <= rotation.MaxWeeksOnStation);
            }
        }
    }
}
