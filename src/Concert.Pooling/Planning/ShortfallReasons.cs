using Concert.Pooling.Model;
using Concert.Sharing;

namespace Concert.Pooling.Planning;

/// <summary>Says why a requirement is short in a week, from the most basic cause to the most specific: nobody
/// has the capability; caveats exclude those who have it; none is available there then; or each available unit is
/// already committed, resting, or over its nation's budget cap.</summary>
internal static class ShortfallReasons
{
    public static string Explain(PlanningIndex index, Schedule schedule, RequirementRow row, int week)
    {
        Requirement requirement = row.Requirement;
        string capability = requirement.Kind == RequirementKind.SurfacePresence
            ? "surface presence (destroyer, frigate or patrol vessel)"
            : requirement.Capability.ToString().ToLowerInvariant();
        var capable = index.Problem.Pledges
            .Where(pledge => (pledge.Capabilities & requirement.Capability) == requirement.Capability
                && (requirement.Kind != RequirementKind.SurfacePresence || pledge.AssetType.IsSurfaceCombatantOrPatrol()))
            .ToList();
        if (capable.Count == 0)
        {
            return $"no pledge offers {capability}";
        }

        var allowed = capable.Where(pledge => pledge.CanServe(requirement)).ToList();
        if (allowed.Count == 0)
        {
            return $"every pledge with {capability} is barred by national caveats ({Nations(capable.Select(pledge => pledge.Nation))})";
        }

        var available = row.EligibleGroups.Where(group => index.CanBeOnStation(group, row.AreaIndex, week)).ToList();
        if (available.Count == 0)
        {
            return $"no unit with {capability} can be on station in {requirement.AreaId} in week {week} (availability and transit)";
        }

        var committed = new List<Trigraph>();
        var capped = new List<Trigraph>();
        var resting = new List<Trigraph>();
        foreach (int group in available)
        {
            PledgeGroup pledgeGroup = index.Groups[group];
            if (schedule.OnStationAnywhere(group, week) >= pledgeGroup.Count)
            {
                committed.Add(pledgeGroup.Nation);
            }
            else if (index.BudgetCap(row.AreaIndex, pledgeGroup.Nation) is { } cap
                && NationSpend(index, schedule, row.AreaIndex, pledgeGroup.Nation) + index.WeeklyCost(group) > cap)
            {
                capped.Add(pledgeGroup.Nation);
            }
            else
            {
                resting.Add(pledgeGroup.Nation);
            }
        }

        var causes = new List<string>();
        if (committed.Count > 0)
        {
            causes.Add($"capable units of {Nations(committed)} are all on station already");
        }

        if (capped.Count > 0)
        {
            causes.Add($"{Nations(capped)} reached the project's budget cap");
        }

        if (resting.Count > 0)
        {
            causes.Add($"units of {Nations(resting)} are resting under the rotation rule or cost more than the gap they would close");
        }

        return string.Join("; ", causes);
    }

    private static long NationSpend(PlanningIndex index, Schedule schedule, int area, Trigraph nation)
    {
        PoolingProject project = index.ProjectOfArea[area]!;
        var areas = index.AreasByProject[index.Problem.Projects.IndexOf(project)];
        long spend = 0;
        foreach (PledgeGroup group in index.Groups.Where(group => group.Nation == nation))
        {
            spend += GroupDeployment.Of(index, schedule, group.Index, areas, project.Rotation).TransitCost;
            foreach (int other in areas)
            {
                for (int week = 1; week <= index.Weeks; week++)
                {
                    spend += schedule[group.Index, other, week] * index.WeeklyCost(group.Index);
                }
            }
        }

        return spend;
    }

    private static string Nations(IEnumerable<Trigraph> nations) => string.Join(", ", nations.Distinct().Order());
}
