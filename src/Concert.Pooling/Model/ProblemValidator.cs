namespace Concert.Pooling.Model;

/// <summary>The consistency checks of <see cref="PoolingProblem"/>, one place for every rule.</summary>
internal static class ProblemValidator
{
    public static void Validate(PoolingProblem problem)
    {
        var areaIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (OperatingArea area in problem.Areas)
        {
            Require(!string.IsNullOrWhiteSpace(area.Id) && areaIds.Add(area.Id), $"Area identifier '{area.Id}' is empty or repeated.");
        }

        var pledgeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (Pledge pledge in problem.Pledges)
        {
            Require(!string.IsNullOrWhiteSpace(pledge.Id) && pledgeIds.Add(pledge.Id), $"Pledge identifier '{pledge.Id}' is empty or repeated.");
            Require(pledge.Nation.IsValid, $"Pledge {pledge.Id} has no nation.");
            Require(pledge.Count >= 1, $"Pledge {pledge.Id} pledges {pledge.Count} units; at least 1 is needed.");
            Require(pledge.CostPerDay >= 0, $"Pledge {pledge.Id} has a negative cost per day.");
            Require(pledge.Availability.Last <= problem.HorizonWeeks, $"Pledge {pledge.Id} is available past week {problem.HorizonWeeks}, the horizon.");
            Require(pledge.Capabilities != Capabilities.None, $"Pledge {pledge.Id} has no capability.");
            foreach ((string areaId, int days) in pledge.TransitDays)
            {
                Require(areaIds.Contains(areaId), $"Pledge {pledge.Id} gives a transit time to unknown area '{areaId}'.");
                Require(days >= 0, $"Pledge {pledge.Id} has a negative transit time to {areaId}.");
            }
        }

        foreach (FundsPledge fund in problem.Funds)
        {
            Require(fund.Amount >= 0, $"{fund.Nation} pledges negative funds to {fund.ProjectId}.");
            Require(problem.Projects.Any(project => project.Id == fund.ProjectId), $"{fund.Nation} pledges funds to unknown project '{fund.ProjectId}'.");
        }

        Require(!problem.Projects.IsEmpty, "A problem needs at least one project.");
        var projectIds = new HashSet<string>(StringComparer.Ordinal);
        var requirementIds = new HashSet<string>(StringComparer.Ordinal);
        var areaOwner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (PoolingProject project in problem.Projects)
        {
            Require(!string.IsNullOrWhiteSpace(project.Id) && projectIds.Add(project.Id), $"Project identifier '{project.Id}' is empty or repeated.");
            Require(project.Rotation.MaxWeeksOnStation >= 1 && project.Rotation.RestWeeks >= 0, $"Project {project.Id} has an impossible rotation rule.");
            Require(project.BudgetCaps.Values.All(cap => cap >= 0), $"Project {project.Id} has a negative budget cap.");
            foreach (Requirement requirement in project.Requirements)
            {
                Require(!string.IsNullOrWhiteSpace(requirement.Id) && requirementIds.Add(requirement.Id), $"Requirement identifier '{requirement.Id}' is empty or repeated.");
                Require(areaIds.Contains(requirement.AreaId), $"Requirement {requirement.Id} is in unknown area '{requirement.AreaId}'.");
                Require(requirement.Period.Last <= problem.HorizonWeeks, $"Requirement {requirement.Id} runs past week {problem.HorizonWeeks}, the horizon.");
                Require(requirement.UnitsPerWeek >= 1, $"Requirement {requirement.Id} needs {requirement.UnitsPerWeek} units; at least 1 is needed.");
                Require(requirement.RiskWeight is >= 1 and <= 10, $"Requirement {requirement.Id} has risk weight {requirement.RiskWeight}; 1 to 10 is allowed.");
                Require(
                    requirement.Capability != Capabilities.None && ((int)requirement.Capability & ((int)requirement.Capability - 1)) == 0,
                    $"Requirement {requirement.Id} must ask for exactly one capability.");
                Require(
                    requirement.Kind != RequirementKind.GroupTransitEscort
                    || (!requirement.GroupTransitWeeks.IsDefaultOrEmpty && requirement.GroupTransitWeeks.All(requirement.Period.Contains)),
                    $"Requirement {requirement.Id} needs group-transit weeks inside its period.");
                Require(
                    !areaOwner.TryGetValue(requirement.AreaId, out string? owner) || owner == project.Id,
                    $"Area {requirement.AreaId} has requirements from projects {owner} and {project.Id}; an area belongs to one project.");
                areaOwner[requirement.AreaId] = project.Id;
            }
        }

        var policies = problem.Pledges.Select(pledge => pledge.Label.PolicyIdentifier)
            .Concat(problem.Projects.Select(project => project.Label.PolicyIdentifier))
            .Concat(problem.Funds.Select(fund => fund.Label.PolicyIdentifier))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Require(policies.Count <= 1, $"Labels under different policies ({string.Join(", ", policies)}) cannot label one plan.");
    }

    private static void Require(bool condition, string fault)
    {
        if (!condition)
        {
            throw new ArgumentException(fault);
        }
    }
}
