using System.Diagnostics;
using System.Globalization;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Google.OrTools.Sat;

namespace Concert.Pooling.Benchmarks.Diagnostics;

/// <summary>The cost phase of one benchmark instance (asset cost at the least uncovered risk, the model the planner's
/// deployment relaxation and PDLP solve) as LP and as deployment relaxation, with and without the rotation cover rows
/// (<see cref="RotationCoverCuts"/>), the whole model's optimum by SCIP, and, group by group, where the relaxation's
/// schedule departs from that optimum (docs/pooling.md, sixth session). Times are processor seconds of this process.</summary>
internal static class RelaxationDiagnosis
{
    private const double WholeModelSeconds = 300;

    public static void Run(BenchmarkTier tier, int seed, IReadOnlySet<string> options, TextWriter output)
    {
        var index = new PlanningIndex(InstanceGenerator.Generate(tier, seed), null);
        if (options.Contains("--lazy-integrality"))
        {
            LazyIntegrality(tier, seed, index, options.Contains("--highs") ? MipEngine.Highs : MipEngine.Scip, output);
            return;
        }

        MipEngine engine = options.Contains("--highs") ? MipEngine.Highs : MipEngine.Scip;
        output.WriteLine($"{tier.Name} seed {seed}, LP and relaxations by {engine}");
        (CpSatPoolingModel Model, CpModelProto Cost)? withRows = null;
        foreach (bool rows in new[] { false, true })
        {
            var model = new CpSatPoolingModel(index, breakSymmetry: true, rows);
            CpModelProto cost = CostPhase(model);
            (SolveOutcome lp, _, double lpSeconds) = Mip(cost, new HashSet<int>(), 120, engine);
            (SolveOutcome relaxed, _, double relaxedSeconds) = Mip(cost, model.DeploymentVariables, 120, engine);
            output.WriteLine(Invariant($"  cover rows {(rows ? "on " : "off")}: {cost.Constraints.Count} rows; LP {lp.Bound:F1} ({lpSeconds:F2} s); deployment relaxation {relaxed.Bound:F1} ({relaxedSeconds:F2} s)"));
            if (options.Contains("--schedule-integer"))
            {
                var schedule = Enumerable.Range(0, cost.Variables.Count).Where(variable => cost.Variables[variable].Name.StartsWith("x_", StringComparison.Ordinal));
                (SolveOutcome whole, _, double seconds) = Mip(cost, model.DeploymentVariables.Union(schedule).ToHashSet(), 120, engine);
                output.WriteLine(Invariant($"    deployments and schedule integer: {whole.Bound:F1} ({seconds:F2} s)"));
            }

            if (options.Contains("--with-cp-sat"))
            {
                output.WriteLine("    " + CpSat(cost));
            }

            withRows = (model, cost);
        }

        (CpSatPoolingModel finalModel, CpModelProto finalCost) = withRows!.Value;
        (SolveOutcome optimum, _, double optimumSeconds) = Mip(finalCost, null, WholeModelSeconds, MipEngine.Scip);
        (_, IReadOnlyList<double> relaxation, _) = Mip(finalCost, finalModel.DeploymentVariables, 120, MipEngine.Scip);
        output.WriteLine(Invariant($"  whole model (SCIP, rows on): {optimum.Objective:F0}, bound {optimum.Bound:F1}, proven {optimum.Proven} ({optimumSeconds:F2} s)"));
        if (optimum.HasSolution && relaxation.Count > 0)
        {
            Compare(index, finalCost, relaxation, optimum.Values, options.Contains("--show-rows"), output);
        }
    }

    /// <summary>The deployment relaxation, the schedule of its deployments, then <see cref="LazyScheduleIntegrality"/>
    /// with each <see cref="ScheduleWidening"/> from there, step by step, by SCIP or with <c>--highs</c> HiGHS
    /// (docs/pooling.md, seventh session, h72).</summary>
    private static void LazyIntegrality(BenchmarkTier tier, int seed, PlanningIndex index, MipEngine engine, TextWriter output)
    {
        var model = new CpSatPoolingModel(index, breakSymmetry: true);
        CpModelProto cost = CostPhase(model);
        TimeSpan start = PlannerBenchmark.ProcessorTime();
        using var relaxation = new MipRun(cost, model.DeploymentVariables);
        double bound = relaxation.Solve(120, 0, 0).Bound;
        using var schedule = new MipRun(model.WithDeploymentsOf(relaxation.RelaxationValues));
        SolveOutcome plan = schedule.Solve(60, 0, 0);
        double planCost = ProtoTerms.Of(cost.Objective.Vars, cost.Objective.Coeffs).Sum(term => term.Coefficient * plan.Values[term.Variable]);
        int fractional = LazyScheduleIntegrality.Fractional(model.ScheduleVariables, relaxation.RelaxationValues).Count;
        output.WriteLine(Invariant($"{tier.Name} seed {seed}: deployment relaxation {bound:F1}, {fractional} of {model.ScheduleVariables.Count} schedule values fractional; plan of its deployments {planCost:F0} ({(PlannerBenchmark.ProcessorTime() - start).TotalSeconds:F2} s processor)"));
        foreach (ScheduleWidening widening in (ScheduleWidening[])[ScheduleWidening.GroupsInProject, ScheduleWidening.FractionalVariables, ScheduleWidening.AreaWeeks])
        {
            TimeSpan before = PlannerBenchmark.ProcessorTime();
            RefinedRelaxation refined = LazyScheduleIntegrality.Refine(
                model, cost, relaxation.RelaxationValues, bound, plan.Values, planCost, widening, 300, 0, 0, engine);
            output.WriteLine(Invariant($"  {widening} ({engine}): bound {refined.Bound:F0}, schedule whole {refined.ScheduleWhole} ({(PlannerBenchmark.ProcessorTime() - before).TotalSeconds:F2} s processor)"));
            foreach (RefinementStep step in refined.Steps)
            {
                output.WriteLine(Invariant($"    {step.IntegerVariables} integer: bound {step.Bound:F0}, {(step.FractionalScheduleVariables is { } split ? Invariant($"{split} fractional") : "stopped at its time limit")}, at {step.Elapsed.TotalSeconds:F2} s wall"));
            }
        }
    }

    /// <summary>The model set for the cost phase at its least risk, as <c>CostWithRiskAtMost</c> gives it to SCIP.</summary>
    internal static CpModelProto CostPhase(CpSatPoolingModel model)
    {
        model.MinimizeUncoveredRisk();
        using var coverage = new MipRun(model.Model.Model);
        long risk = (long)Math.Round(coverage.Solve(60, 0, 0).Objective);
        model.MinimizeAssetCostAfterRisk(risk);
        return model.CostWithRiskAtMost(risk);
    }

    private static (SolveOutcome Outcome, IReadOnlyList<double> Values, double ProcessorSeconds) Mip(CpModelProto model, IReadOnlySet<int>? integers, double seconds, MipEngine engine)
    {
        TimeSpan before = PlannerBenchmark.ProcessorTime();
        using var scip = new MipRun(model, integers, engine);
        SolveOutcome outcome = scip.Solve(seconds, 0, 0);
        return (outcome, scip.RelaxationValues, (PlannerBenchmark.ProcessorTime() - before).TotalSeconds);
    }

    private static string CpSat(CpModelProto cost)
    {
        TimeSpan before = PlannerBenchmark.ProcessorTime();
        var clock = Stopwatch.StartNew();
        using var solver = new CpSolver { StringParameters = "num_workers:8,max_time_in_seconds:60" };
        var model = new CpModel();
        model.Model.MergeFrom(cost);
        CpSolverStatus status = solver.Solve(model);
        return Invariant($"CP-SAT (8 workers, 60 s): {status} {solver.ObjectiveValue:F0}, bound {solver.BestObjectiveBound:F1} (wall {clock.Elapsed.TotalSeconds:F2} s, processor {(PlannerBenchmark.ProcessorTime() - before).TotalSeconds:F2} s)");
    }

    /// <summary>Per group and project where the relaxation departs from the optimum: units deployed, unit-weeks, every
    /// rotation window's unit-weeks and the on-station values that differ (relaxation/optimum); with
    /// <paramref name="showRows"/> also every requirement's coverage week by week.</summary>
    private static void Compare(PlanningIndex index, CpModelProto model, IReadOnlyList<double> relaxed, IReadOnlyList<long> optimum, bool showRows, TextWriter output)
    {
        var byName = Enumerable.Range(0, model.Variables.Count).ToDictionary(variable => model.Variables[variable].Name, variable => variable, StringComparer.Ordinal);
        int? Variable(string name) => byName.TryGetValue(name, out int variable) ? variable : null;
        double relaxedTransit = 0, optimumTransit = 0;
        for (int project = 0; project < index.Problem.Projects.Length; project++)
        {
            RotationRule rotation = index.Problem.Projects[project].Rotation;
            var areas = index.AreasByProject[project];
            int window = Math.Min(rotation.WindowWeeks, index.Weeks);
            foreach (PledgeGroup group in index.Groups)
            {
                var deployed = areas.Select(area => Variable($"d_{group.Index}_{area}")).OfType<int>().ToList();
                double relaxedUnits = deployed.Sum(variable => relaxed[variable]), optimumUnits = deployed.Sum(variable => optimum[variable]);
                relaxedTransit += areas.Sum(area => Variable($"d_{group.Index}_{area}") is int d ? relaxed[d] * index.TransitCost(group.Index, area) : 0);
                optimumTransit += areas.Sum(area => Variable($"d_{group.Index}_{area}") is int d ? optimum[d] * index.TransitCost(group.Index, area) : 0);
                var onStation = areas.SelectMany(area => Enumerable.Range(1, index.Weeks).Select(week => (Area: area, Week: week, Variable: Variable($"x_{group.Index}_{area}_{week}"))))
                    .Where(entry => entry.Variable is not null)
                    .Select(entry => (entry.Area, entry.Week, Variable: entry.Variable!.Value))
                    .ToList();
                var differing = onStation.Where(entry => Math.Abs(relaxed[entry.Variable] - optimum[entry.Variable]) > 1e-6).ToList();
                if (differing.Count == 0 && Math.Abs(relaxedUnits - optimumUnits) < 1e-6)
                {
                    continue;
                }

                var windows = Enumerable.Range(1, Math.Max(0, index.Weeks - window + 1)).Select(start =>
                {
                    var inWindow = onStation.Where(entry => entry.Week >= start && entry.Week < start + window).ToList();
                    return Invariant($"{start}:{inWindow.Sum(entry => relaxed[entry.Variable]):0.##}/{inWindow.Sum(entry => optimum[entry.Variable])}");
                });
                output.WriteLine(Invariant($"  project {project} ({rotation.MaxWeeksOnStation} of {rotation.WindowWeeks}) group {group.Index} ({group.Count} units, {index.WeeklyCost(group.Index)} a week): deployed {relaxedUnits:0.##}/{optimumUnits}, unit-weeks {onStation.Sum(entry => relaxed[entry.Variable]):0.##}/{onStation.Sum(entry => optimum[entry.Variable])}"));
                output.WriteLine($"    windows {string.Join(" ", windows)}");
                output.WriteLine($"    differing {string.Join(" ", differing.Select(entry => Invariant($"a{entry.Area}w{entry.Week}={relaxed[entry.Variable]:0.###}/{optimum[entry.Variable]}")))}");
            }
        }

        output.WriteLine(Invariant($"  transit {relaxedTransit:F1}/{optimumTransit}"));
        if (!showRows)
        {
            return;
        }

        for (int row = 0; row < index.Requirements.Length; row++)
        {
            RequirementRow requirement = index.Requirements[row];
            int area = requirement.AreaIndex;
            output.WriteLine($"  requirement {row} in area {area}: {requirement.Requirement.UnitsPerWeek} a week in weeks {string.Join(",", requirement.ActiveWeeks)}");
            foreach (int group in requirement.EligibleGroups)
            {
                string deployed = Variable($"d_{group}_{area}") is int d ? Invariant($"deployed {relaxed[d]:0.##}/{optimum[d]}") : "free";
                var weeks = requirement.ActiveWeeks.Select(week => Variable($"x_{group}_{area}_{week}") is int x ? Invariant($"{relaxed[x]:0.##}/{optimum[x]}") : "-");
                output.WriteLine($"    group {group} {deployed}: {string.Join(" ", weeks)}");
            }

            var shortfalls = requirement.ActiveWeeks.Select(week => Variable($"short_{row}_{week}") is int s ? Invariant($"{relaxed[s]:0.##}/{optimum[s]}") : "-");
            output.WriteLine($"    short: {string.Join(" ", shortfalls)}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
