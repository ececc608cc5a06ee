using System.Collections.Immutable;
using System.Globalization;

namespace Concert.Pooling.Planning;

/// <summary>The plan in sentences for the planner's audience: the verdict, what goes where and what it counts
/// for, what is short and why, and the risk left uncovered in each area.</summary>
internal static class PlanExplainer
{
    public static ImmutableArray<string> Explain(PlanningIndex index, PoolingPlan plan)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        string quality = plan.Status switch
        {
            PlanSolveStatus.Optimal when plan.IsProvenOptimal => "proven optimal",
            PlanSolveStatus.Optimal => string.Create(CultureInfo.InvariantCulture, $"optimal within the {plan.RelativeGap:P2} gap tolerance"),
            PlanSolveStatus.Feasible => string.Create(CultureInfo.InvariantCulture, $"best found in the time limit, at most {plan.RelativeGap:P2} above the optimum"),
            _ => "greedy plan, no bound",
        };
        lines.Add(string.Create(
            CultureInfo.InvariantCulture,
            $"Plan {quality}: cost {PlanEvaluator.KiloEuros(plan.AssetCost)}, shortfall priced at {PlanEvaluator.KiloEuros(plan.ShortfallPenalty)} (objective {PlanEvaluator.KiloEuros(plan.Objective)}{(plan.BestBound is { } bound ? $", bound {bound:N0} k€" : string.Empty)}), risk-weighted coverage {plan.Coverage:P1}, label {plan.Label}."));

        foreach (PlanAssignment assignment in plan.Assignments)
        {
            PledgeGroup group = index.Groups.First(candidate => candidate.PledgeIds.SequenceEqual(assignment.PledgeIds));
            lines.Add($"{group.Describe(assignment.Units)} in {assignment.AreaId}, {assignment.Weeks}: counts for {string.Join(", ", assignment.ServesRequirementIds)}; {PlanEvaluator.KiloEuros(assignment.Cost)}.");
        }

        foreach (PlanShortfall shortfall in plan.Shortfalls)
        {
            lines.Add($"Short: {shortfall.RequirementId} in {shortfall.AreaId} lacks {shortfall.UnitsShort} unit(s) in {shortfall.Weeks} (risk {shortfall.RiskWeight}): {shortfall.Reason}.");
        }

        foreach (var area in plan.Shortfalls.GroupBy(shortfall => shortfall.AreaId, StringComparer.Ordinal))
        {
            long required = index.Requirements
                .Where(row => row.Requirement.AreaId == area.Key)
                .Sum(row => (long)row.Requirement.UnitsPerWeek * row.ActiveWeeks.Length * row.Requirement.RiskWeight);
            long uncovered = area.Sum(shortfall => shortfall.UncoveredRisk);
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Uncovered risk in {area.Key}: {uncovered} risk-weighted unit-weeks, {(double)uncovered / required:P1} of what the area requires."));
        }

        if (plan.Shortfalls.IsEmpty)
        {
            lines.Add("Every requirement is met in every week.");
        }

        return lines.ToImmutable();
    }
}
