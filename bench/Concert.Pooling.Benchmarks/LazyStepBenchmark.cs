using System.Diagnostics;
using System.Globalization;
using Concert.Pooling.Planning;
using Google.OrTools.Sat;

namespace Concert.Pooling.Benchmarks.Diagnostics;

/// <summary>The first lazy-integrality step of one benchmark instance's cost phase (<see cref="LazyScheduleIntegrality"/>:
/// every schedule variable of each group in a project where the deployment relaxation leaves one fractional made integer)
/// under other settings, to time it alone (docs/pooling.md, eighth session, h83): SCIP parameter lines added after the
/// step's own, HiGHS instead, the groups taken from the root LP (one solve instead of the relaxation and its step) or
/// from the relaxation's root node, the proof alone from a known optimum, an objective floor, the step split in two,
/// narrower or wider widenings. Times are processor seconds of this process.</summary>
internal static class LazyStepBenchmark
{
    /// <summary>The step's rounds of root cuts in the planner (which also runs it without restarts; the settings
    /// <c>presolving/maxrestarts = -1</c> put SCIP's restarts back).</summary>
    private const int PlannerRootCutRounds = 3;

    /// <summary>Times the step of <paramref name="tier"/>'s <paramref name="seed"/>.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="seed">The instance's seed.</param>
    /// <param name="settings">SCIP parameter lines added after the step's own.</param>
    /// <param name="seconds">Each solve's time limit.</param>
    /// <param name="scipLog">Whether SCIP writes the step's log.</param>
    /// <param name="options">The variants: <c>--highs</c>, <c>--root-lp-groups</c>, <c>--root-node-groups</c>,
    /// <c>--prove-known-optimum</c>, <c>--objective-floor</c>, <c>--split-step</c>, <c>--window-groups</c>,
    /// <c>--project-wide</c> (Program.cs says what each does).</param>
    /// <param name="output">Where the figures go.</param>
    public static void Run(BenchmarkTier tier, int seed, string settings, double seconds, bool scipLog, IReadOnlySet<string> options, TextWriter output)
    {
        MipEngine engine = options.Contains("--highs") ? MipEngine.Highs : MipEngine.Scip;
        bool rootNodeGroups = options.Contains("--root-node-groups");
        var index = new PlanningIndex(InstanceGenerator.Generate(tier, seed), null);
        var model = new CpSatPoolingModel(index, breakSymmetry: true);
        CpModelProto cost = RelaxationDiagnosis.CostPhase(model);
        if (options.Contains("--root-lp-groups"))
        {
            RootLpGroups(model, cost, settings, seconds, output);
            return;
        }

        TimeSpan start = PlannerBenchmark.ProcessorTime();
        using var relaxation = new MipRun(cost, model.DeploymentVariables);
        double bound = relaxation.Solve(seconds, 0, 0, rootNodeOnly: rootNodeGroups).Bound;
        using var schedule = new MipRun(model.WithDeploymentsOf(relaxation.RelaxationValues));
        SolveOutcome plan = schedule.Solve(60, 0, 0);
        double planCost = ProtoTerms.ObjectiveAt(cost, plan.Values.Select(value => (double)value).ToList());
        List<ScheduleVariable> fractional = LazyScheduleIntegrality.Fractional(model.ScheduleVariables, relaxation.RelaxationValues);
        output.WriteLine(Invariant($"{tier.Name} seed {seed}: relaxation {bound:F1}, {fractional.Count} fractional, its plan {planCost:F0} ({(PlannerBenchmark.ProcessorTime() - start).TotalSeconds:F2} s processor)"));

        CpModelProto hinted = cost.Clone();
        hinted.SolutionHint = CpSatPoolingModel.Assignment(plan.Values);
        if (options.Contains("--objective-floor"))
        {
            // Every whole plan costs at least the relaxation's bound rounded up, so the row cuts off none of them.
            var floor = new LinearConstraintProto();
            floor.Vars.AddRange(cost.Objective.Vars);
            floor.Coeffs.AddRange(cost.Objective.Coeffs);
            floor.Domain.AddRange([(long)WholeBound.RoundUp(bound) - (long)cost.Objective.Offset, long.MaxValue]);
            hinted.Constraints.Add(new ConstraintProto { Linear = floor });
        }

        var integer = new HashSet<int>(model.DeploymentVariables);
        integer.UnionWith(
            options.Contains("--window-groups") ? WithinWindows(index, model.ScheduleVariables, fractional)
            : options.Contains("--project-wide") ? InProjects(model.ScheduleVariables, fractional)
            : LazyScheduleIntegrality.Widened(model.ScheduleVariables, fractional, ScheduleWidening.GroupsInProject));
        if (options.Contains("--split-step"))
        {
            SplitStep(hinted, integer, fractional, relaxation.RelaxationValues, planCost, settings, seconds, output);
            return;
        }

        TimeSpan before = PlannerBenchmark.ProcessorTime();
        var clock = Stopwatch.StartNew();
        using var step = new MipRun(hinted, integer, engine) { RelaxationRootCutRounds = PlannerRootCutRounds, RestartAfterRootFixings = false, ExtraScipParameters = settings, ScipLog = scipLog };
        SolveOutcome outcome = step.Solve(seconds, 0, 1 - (2 * WholeBound.Margin));
        int left = step.RelaxationValues.Count > 0 ? LazyScheduleIntegrality.Fractional(model.ScheduleVariables, step.RelaxationValues).Count : -1;
        string value = step.RelaxationValues.Count > 0 ? Invariant($"{ProtoTerms.ObjectiveAt(cost, step.RelaxationValues):F1}") : "none";
        output.WriteLine(Invariant($"  step ({integer.Count} integer, {engine}{(settings.Length > 0 ? ", " + settings.Replace('\n', ';') : string.Empty)}): bound {outcome.Bound:F1}, solution {value}, {left} fractional; {clock.Elapsed.TotalSeconds:F2} s wall, {(PlannerBenchmark.ProcessorTime() - before).TotalSeconds:F2} s processor"));

        if (options.Contains("--prove-known-optimum") && left == 0)
        {
            // The step again from its own optimum: the proof alone, as if a faster search had found that plan first.
            hinted.SolutionHint = CpSatPoolingModel.Assignment([.. step.RelaxationValues.Select(whole => (long)Math.Round(whole))]);
            TimeSpan proofStart = PlannerBenchmark.ProcessorTime();
            using var proof = new MipRun(hinted, integer, engine) { RelaxationRootCutRounds = PlannerRootCutRounds, RestartAfterRootFixings = false, ExtraScipParameters = settings };
            double proven = proof.Solve(seconds, 0, 1 - (2 * WholeBound.Margin)).Bound;
            output.WriteLine(Invariant($"  from its optimum: bound {proven:F1}, {(PlannerBenchmark.ProcessorTime() - proofStart).TotalSeconds:F2} s processor"));
        }
    }

    /// <summary>The schedule variables of each group in a project with a fractional one, only in the weeks of the rotation
    /// windows that hold a fractional one: a narrower widening than the group's whole rotation there.</summary>
    private static IEnumerable<int> WithinWindows(PlanningIndex index, IReadOnlyList<ScheduleVariable> schedule, List<ScheduleVariable> fractional)
    {
        var spans = fractional.GroupBy(variable => (variable.Group, variable.Project)).ToDictionary(
            pair => pair.Key,
            pair =>
            {
                int window = index.Problem.Projects[pair.Key.Project].Rotation.WindowWeeks;
                return (First: pair.Min(variable => variable.Week) - window + 1, Last: pair.Max(variable => variable.Week) + window - 1);
            });
        return schedule.Where(variable => spans.TryGetValue((variable.Group, variable.Project), out var span) && variable.Week >= span.First && variable.Week <= span.Last)
            .Select(variable => variable.Index);
    }

    /// <summary>Every schedule variable of every group in a project with a fractional one: a wider widening than the
    /// groups that hold the fractional values.</summary>
    private static IEnumerable<int> InProjects(IReadOnlyList<ScheduleVariable> schedule, List<ScheduleVariable> fractional)
    {
        var projects = fractional.Select(variable => variable.Project).ToHashSet();
        return schedule.Where(variable => projects.Contains(variable.Project)).Select(variable => variable.Index);
    }

    /// <summary>The step split in two on its most fractional schedule variable in the relaxation's solution (at most its
    /// value rounded down, at least rounded up), each half solved alone, stopping once its bound proves the plan: the longer half is the wall time of both halves
    /// on two cores, and the lower of their bounds is the step's.</summary>
    private static void SplitStep(CpModelProto step, HashSet<int> integer, List<ScheduleVariable> fractional, IReadOnlyList<double> values, double planCost, string settings, double seconds, TextWriter output)
    {
        ScheduleVariable split = fractional.MaxBy(variable => 0.5 - Math.Abs(values[variable.Index] - Math.Floor(values[variable.Index]) - 0.5));
        double value = values[split.Index];
        foreach ((long lower, long upper) in new[] { (step.Variables[split.Index].Domain[0], (long)Math.Floor(value)), ((long)Math.Ceiling(value), step.Variables[split.Index].Domain[^1]) })
        {
            CpModelProto half = step.Clone();
            half.Variables[split.Index].Domain.Clear();
            half.Variables[split.Index].Domain.AddRange([lower, upper]);
            TimeSpan before = PlannerBenchmark.ProcessorTime();
            using var run = new MipRun(half, integer) { RelaxationRootCutRounds = PlannerRootCutRounds, RestartAfterRootFixings = false, ExtraScipParameters = settings };
            double bound = run.Solve(seconds, 0, 1 - (2 * WholeBound.Margin), proveAt: planCost - 1 + WholeBound.Margin).Bound;
            string solution = run.RelaxationValues.Count > 0 ? Invariant($"{ProtoTerms.ObjectiveAt(step, run.RelaxationValues):F1}") : "none";
            output.WriteLine(Invariant($"  half {split.Index} in [{lower}, {upper}] (relaxation {value:F3}): bound {bound:F1}, solution {solution}; {(PlannerBenchmark.ProcessorTime() - before).TotalSeconds:F2} s processor"));
        }
    }

    /// <summary>The groups from the cost phase's LP (no variable integer): the deployments and every schedule variable of
    /// each group in a project where the LP leaves one fractional made integer in the first solve.</summary>
    private static void RootLpGroups(CpSatPoolingModel model, CpModelProto cost, string settings, double seconds, TextWriter output)
    {
        TimeSpan before = PlannerBenchmark.ProcessorTime();
        using var lp = new MipRun(cost, new HashSet<int>());
        double lpBound = lp.Solve(seconds, 0, 0).Bound;
        List<ScheduleVariable> fractional = LazyScheduleIntegrality.Fractional(model.ScheduleVariables, lp.RelaxationValues);
        var integer = new HashSet<int>(model.DeploymentVariables);
        integer.UnionWith(LazyScheduleIntegrality.Widened(model.ScheduleVariables, fractional, ScheduleWidening.GroupsInProject));
        using var relaxation = new MipRun(cost, integer) { RelaxationRootCutRounds = PlannerRootCutRounds, RestartAfterRootFixings = false, ExtraScipParameters = settings };
        double bound = relaxation.Solve(seconds, 0, 0).Bound;
        int left = LazyScheduleIntegrality.Fractional(model.ScheduleVariables, relaxation.RelaxationValues).Count;
        output.WriteLine(Invariant($"  root LP {lpBound:F1} ({fractional.Count} fractional) → {integer.Count} integer{(settings.Length > 0 ? ", " + settings.Replace('\n', ';') : string.Empty)}: bound {bound:F1}, {left} fractional; {(PlannerBenchmark.ProcessorTime() - before).TotalSeconds:F2} s processor"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
