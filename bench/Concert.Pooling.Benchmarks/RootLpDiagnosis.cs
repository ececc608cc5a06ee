using System.Globalization;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Google.OrTools.Sat;

namespace Concert.Pooling.Benchmarks.Diagnostics;

/// <summary>Where the root LP of the cost phase's deployment relaxation departs from the relaxation's optimum (docs/pooling.md,
/// eighth session, h81): both with and without the rest-week rows (<see cref="RestWeekRows"/>, processor seconds of
/// SCIP's one thread), then, for the model as the planner builds it, the cost split into weekly cost and transit, group
/// by group and project the unit-weeks and deployments (LP/relaxation, with each round trip's price), requirement by
/// requirement the units on station week by week and the shortfalls, the uncovered risk, every budget cap's spend, and
/// how many cover rows bind.</summary>
internal static class RootLpDiagnosis
{
    public static void Run(BenchmarkTier tier, int seed, TextWriter output)
    {
        var index = new PlanningIndex(InstanceGenerator.Generate(tier, seed), null);
        output.WriteLine($"{tier.Name} seed {seed}");
        (CpSatPoolingModel Model, CpModelProto Cost, IReadOnlyList<double> Lp, IReadOnlyList<double> Relaxed)? planners = null;
        foreach (bool restRows in new[] { false, true })
        {
            var variant = new CpSatPoolingModel(index, breakSymmetry: true, restWeekRows: restRows);
            (_, CpModelProto variantCost, _) = RelaxationSettingsBenchmark.CostPhaseModel(index, variant);
            TimeSpan before = PlannerBenchmark.ProcessorTime();
            using var lpRun = new MipRun(variantCost, new HashSet<int>());
            double lpBound = lpRun.Solve(120, 0, 0).Bound;
            TimeSpan afterLp = PlannerBenchmark.ProcessorTime();
            using var relaxationRun = new MipRun(variantCost, variant.DeploymentVariables);
            double relaxationBound = relaxationRun.Solve(120, 0, 0).Bound;
            output.WriteLine(Invariant($"  rest-week rows {(restRows ? "on " : "off")} ({variant.RestRows.Count} of {variantCost.Constraints.Count} rows): LP {lpBound:F1} ({(afterLp - before).TotalSeconds:F2} s), deployment relaxation {relaxationBound:F1} ({(PlannerBenchmark.ProcessorTime() - afterLp).TotalSeconds:F2} s processor)"));
            planners = (variant, variantCost, lpRun.RelaxationValues, relaxationRun.RelaxationValues);
        }

        (CpSatPoolingModel model, CpModelProto cost, IReadOnlyList<double> lp, IReadOnlyList<double> relaxed) = planners!.Value;
        var byName = Enumerable.Range(0, cost.Variables.Count).ToDictionary(variable => cost.Variables[variable].Name, variable => variable, StringComparer.Ordinal);
        int? Variable(string name) => byName.TryGetValue(name, out int variable) ? variable : null;

        double lpTransit = 0, relaxedTransit = 0, lpWeekly = 0, relaxedWeekly = 0;
        foreach (PledgeGroup group in index.Groups)
        {
            for (int area = 0; area < index.AreaIds.Length; area++)
            {
                if (Variable($"d_{group.Index}_{area}") is int d)
                {
                    lpTransit += lp[d] * index.TransitCost(group.Index, area);
                    relaxedTransit += relaxed[d] * index.TransitCost(group.Index, area);
                }

                for (int week = 1; week <= index.Weeks; week++)
                {
                    if (Variable($"x_{group.Index}_{area}_{week}") is int x)
                    {
                        lpWeekly += lp[x] * index.WeeklyCost(group.Index);
                        relaxedWeekly += relaxed[x] * index.WeeklyCost(group.Index);
                    }
                }
            }
        }

        output.WriteLine(Invariant($"  weekly cost LP {lpWeekly:F1} / relaxation {relaxedWeekly:F1}; transit {lpTransit:F1} / {relaxedTransit:F1}"));
        for (int project = 0; project < index.Problem.Projects.Length; project++)
        {
            RotationRule rotation = index.Problem.Projects[project].Rotation;
            output.WriteLine(Invariant($"  project {project}: {rotation.MaxWeeksOnStation} of {rotation.WindowWeeks}, areas {string.Join(",", index.AreasByProject[project])}"));
            foreach (PledgeGroup group in index.Groups)
            {
                var cells = index.AreasByProject[project]
                    .Select(area => (Area: area, D: Variable($"d_{group.Index}_{area}"), Weeks: Enumerable.Range(1, index.Weeks).Select(week => Variable($"x_{group.Index}_{area}_{week}")).OfType<int>().ToList()))
                    .Where(cell => cell.Weeks.Count > 0)
                    .ToList();
                double lpUnitWeeks = cells.Sum(cell => cell.Weeks.Sum(x => lp[x])), relaxedUnitWeeks = cells.Sum(cell => cell.Weeks.Sum(x => relaxed[x]));
                if (lpUnitWeeks < 1e-6 && relaxedUnitWeeks < 1e-6)
                {
                    continue;
                }

                string deployments = string.Join(" ", cells.Select(cell => cell.D is int d
                    ? Invariant($"a{cell.Area}:{lp[d]:0.###}/{relaxed[d]:0}(t{index.TransitCost(group.Index, cell.Area)})")
                    : Invariant($"a{cell.Area}:free")));
                output.WriteLine(Invariant($"    group {group.Index} ({group.Nation.Code}, {group.Count} units, {index.WeeklyCost(group.Index)} a week, {group.Representative.Capabilities}): unit-weeks {lpUnitWeeks:0.##}/{relaxedUnitWeeks:0.##}; deployed {deployments}"));
            }
        }

        double lpRisk = 0, relaxedRisk = 0;
        for (int row = 0; row < index.Requirements.Length; row++)
        {
            RequirementRow requirement = index.Requirements[row];
            var shortfalls = requirement.ActiveWeeks.Select(week => Variable($"short_{row}_{week}")).OfType<int>().ToList();
            double lpShort = shortfalls.Sum(s => lp[s]), relaxedShort = shortfalls.Sum(s => relaxed[s]);
            lpRisk += lpShort * requirement.Requirement.RiskWeight;
            relaxedRisk += relaxedShort * requirement.Requirement.RiskWeight;
            output.WriteLine(Invariant($"  requirement {row} ({requirement.Requirement.Id}, area {requirement.AreaIndex}, {requirement.Requirement.UnitsPerWeek} a week, {requirement.ActiveWeeks.Length} weeks, risk {requirement.Requirement.RiskWeight}, {requirement.EligibleGroups.Length} groups): short LP {lpShort:0.##} / relaxation {relaxedShort:0.##}"));
            foreach (int group in requirement.EligibleGroups)
            {
                var weeks = requirement.ActiveWeeks.Select(week => Variable($"x_{group}_{requirement.AreaIndex}_{week}") is int x ? Invariant($"{lp[x]:0.##}/{relaxed[x]:0.##}") : "-").ToList();
                if (weeks.Any(week => week != "-" && week != "0/0"))
                {
                    output.WriteLine($"      group {group}: {string.Join(" ", weeks)}");
                }
            }

            output.WriteLine($"      short: {string.Join(" ", requirement.ActiveWeeks.Select(week => Variable($"short_{row}_{week}") is int s ? Invariant($"{lp[s]:0.##}/{relaxed[s]:0.##}") : "-"))}");
        }

        output.WriteLine(Invariant($"  uncovered risk LP {lpRisk:0.##} / relaxation {relaxedRisk:0.##}"));
        for (int project = 0; project < index.Problem.Projects.Length; project++)
        {
            foreach ((var nation, long cap) in index.Problem.Projects[project].BudgetCaps)
            {
                double Spend(IReadOnlyList<double> values) => index.Groups.Where(group => group.Nation == nation).Sum(group => index.AreasByProject[project].Sum(area =>
                    (Variable($"d_{group.Index}_{area}") is int d ? values[d] * index.TransitCost(group.Index, area) : 0)
                    + Enumerable.Range(1, index.Weeks).Sum(week => Variable($"x_{group.Index}_{area}_{week}") is int x ? values[x] * index.WeeklyCost(group.Index) : 0)));
                output.WriteLine(Invariant($"  budget cap of {nation.Code} in project {project}: {cap}; spent LP {Spend(lp):F1} / relaxation {Spend(relaxed):F1}"));
            }
        }

        // CostWithRiskAtMost adds the cover rows, then the rest-week rows, last.
        int coverRows = model.CoverRows.Count, first = cost.Constraints.Count - model.RestRows.Count - coverRows;
        int lpTight = 0, relaxedTight = 0;
        for (int row = first; row < first + coverRows; row++)
        {
            LinearConstraintProto cut = cost.Constraints[row].Linear;
            double lpActivity = ProtoTerms.ValueAt(cut.Vars, cut.Coeffs, lp);
            double relaxedActivity = ProtoTerms.ValueAt(cut.Vars, cut.Coeffs, relaxed);
            lpTight += lpActivity - cut.Domain[0] < 1e-6 ? 1 : 0;
            relaxedTight += relaxedActivity - cut.Domain[0] < 1e-6 ? 1 : 0;
        }

        output.WriteLine(Invariant($"  cover rows {coverRows}: tight at the LP {lpTight}, at the relaxation {relaxedTight}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
