using System.Diagnostics;
using System.Globalization;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Google.OrTools.Sat;

namespace Concert.Pooling.Benchmarks.Diagnostics;

/// <summary>The cost phase of one benchmark instance solved three ways — LP, deployment relaxation, whole model — and
/// where the relaxation's solution breaks the integer structure the whole model keeps.</summary>
internal static class RelaxationDiagnosis
{
    public static void Run(BenchmarkTier tier, int seed, TextWriter output)
    {
        PoolingProblem problem = InstanceGenerator.Generate(tier, seed);
        var index = new PlanningIndex(problem, null);
        var model = new CpSatPoolingModel(index, breakSymmetry: true);
        model.MinimizeUncoveredRisk();
        long risk;
        using (var coverage = new ScipRun(model.Model.Model))
        {
            risk = (long)Math.Round(coverage.Solve(60, 0, 0).Objective);
        }

        model.MinimizeAssetCostAfterRisk(risk);
        CpModelProto cost = model.CostWithRiskAtMost(risk);
        output.WriteLine($"{tier.Name} seed {seed}: least risk {risk}, {cost.Variables.Count} variables, {cost.Constraints.Count} rows");

        if (Environment.GetEnvironmentVariable("DIAG_VARIANTS") is { } variants)
        {
            Variants(model, cost, variants.Split(','), output);
            return;
        }

        (SolveOutcome lp, _, double lpSeconds) = Timed(cost, new HashSet<int>(), 120);
        (SolveOutcome relaxed, IReadOnlyList<double> relaxedValues, double relaxedSeconds) = Timed(cost, Environment.GetEnvironmentVariable("DIAG_LP") is null ? model.DeploymentVariables : new HashSet<int>(), 120);
        (SolveOutcome whole, _, double wholeSeconds) = Timed(cost, null, 300);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  LP {lp.Bound:F1} ({lpSeconds:F2} s)  relaxation {relaxed.Bound:F1} ({relaxedSeconds:F2} s)  whole {whole.Objective:F0} bound {whole.Bound:F1} proven {whole.Proven} ({wholeSeconds:F2} s)"));
        if (!whole.HasSolution || relaxedValues.Count == 0)
        {
            return;
        }

        Compare(index, cost, relaxedValues, whole.Values, output);
        if (Environment.GetEnvironmentVariable("DIAG_DUMP") is not null)
        {
            Dump(index, cost, relaxedValues, whole.Values, output);
        }
    }

    private static void Dump(PlanningIndex index, CpModelProto model, IReadOnlyList<double> relaxed, IReadOnlyList<long> optimum, TextWriter output)
    {
        var byName = Enumerable.Range(0, model.Variables.Count).ToDictionary(v => model.Variables[v].Name, v => v, StringComparer.Ordinal);
        for (int row = 0; row < index.Requirements.Length; row++)
        {
            RequirementRow requirement = index.Requirements[row];
            int area = requirement.AreaIndex;
            output.WriteLine($"  r{row} a{area} needs {requirement.Requirement.UnitsPerWeek} weeks {string.Join(",", requirement.ActiveWeeks)} risk {requirement.Requirement.RiskWeight}");
            foreach (int group in requirement.EligibleGroups)
            {
                string d = byName.TryGetValue($"d_{group}_{area}", out int dv) ? string.Create(CultureInfo.InvariantCulture, $"d={relaxed[dv]:0.##}/{optimum[dv]}") : "free";
                var weeks = requirement.ActiveWeeks.Select(week => byName.TryGetValue($"x_{group}_{area}_{week}", out int xv) ? string.Create(CultureInfo.InvariantCulture, $"{relaxed[xv]:0.##}/{optimum[xv]}") : "-");
                output.WriteLine($"     g{group} {d}: {string.Join(" ", weeks)}");
            }

            var shorts = requirement.ActiveWeeks.Select(week => byName.TryGetValue($"short_{row}_{week}", out int sv) ? string.Create(CultureInfo.InvariantCulture, $"{relaxed[sv]:0.##}/{optimum[sv]}") : "-");
            output.WriteLine($"     short: {string.Join(" ", shorts)}");
        }
    }

    private static void Variants(CpSatPoolingModel model, CpModelProto cost, string[] variants, TextWriter output)
    {
        var deployments = model.DeploymentVariables;
        var schedule = Enumerable.Range(0, cost.Variables.Count).Where(v => cost.Variables[v].Name.StartsWith("x_", StringComparison.Ordinal)).ToHashSet();
        foreach (string variant in variants)
        {
            IReadOnlySet<int>? integers = variant switch
            {
                "lp" => new HashSet<int>(),
                "relax" => deployments,
                "relax+x" => deployments.Union(schedule).ToHashSet(),
                "whole" => null,
                _ => deployments,
            };
            if (variant == "cpsat")
            {
                TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                using var solver = new CpSolver { StringParameters = "num_workers:8,max_time_in_seconds:60" };
                var copy = new CpModel();
                copy.Model.MergeFrom(cost);
                CpSolverStatus status = solver.Solve(copy);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cpsat {status} {solver.ObjectiveValue:F0} bound {solver.BestObjectiveBound:F1} wall {clock.Elapsed.TotalSeconds:F2} cpu {(Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds:F2}"));
                continue;
            }

            (SolveOutcome outcome, _, double seconds) = Timed(cost, integers, 120);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {variant}: bound {outcome.Bound:F1} objective {outcome.Objective:F1} proven {outcome.Proven} cpu {seconds:F2}"));
        }
    }

    private static (SolveOutcome Outcome, IReadOnlyList<double> Values, double ProcessorSeconds) Timed(CpModelProto model, IReadOnlySet<int>? integers, double seconds)
    {
        TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
        using var scip = new ScipRun(model, integers);
        SolveOutcome outcome = scip.Solve(seconds, 0, 0);
        return (outcome, scip.RelaxationValues, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds);
    }

    /// <summary>Per group and project: units deployed, the fullest rotation window, and the fractional on-station values,
    /// in the relaxation against the whole model's optimum.</summary>
    private static void Compare(PlanningIndex index, CpModelProto model, IReadOnlyList<double> relaxed, IReadOnlyList<long> optimum, TextWriter output)
    {
        var onStation = new Dictionary<(int Group, int Area, int Week), int>();
        var deployed = new Dictionary<(int Group, int Area), int>();
        for (int variable = 0; variable < model.Variables.Count; variable++)
        {
            string[] parts = model.Variables[variable].Name.Split('_');
            if (parts[0] == "x")
            {
                onStation[(int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture))] = variable;
            }
            else if (parts[0] == "d")
            {
                deployed[(int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture))] = variable;
            }
        }

        double relaxedTransit = 0, optimumTransit = 0, relaxedWeekly = 0, optimumWeekly = 0;
        for (int project = 0; project < index.Problem.Projects.Length; project++)
        {
            RotationRule rotation = index.Problem.Projects[project].Rotation;
            var areas = index.AreasByProject[project];
            int window = Math.Min(rotation.WindowWeeks, index.Weeks);
            foreach (PledgeGroup group in index.Groups)
            {
                double dRelaxed = 0, dOptimum = 0, tRelaxed = 0, tOptimum = 0, wRelaxed = 0, wOptimum = 0;
                var fractional = new List<string>();
                var sums = new List<string>();
                foreach (int area in areas)
                {
                    if (deployed.TryGetValue((group.Index, area), out int d))
                    {
                        dRelaxed += relaxed[d];
                        dOptimum += optimum[d];
                        tRelaxed += relaxed[d] * index.TransitCost(group.Index, area);
                        tOptimum += optimum[d] * index.TransitCost(group.Index, area);
                    }
                }

                for (int start = 1; start + window - 1 <= index.Weeks; start++)
                {
                    double sRelaxed = 0, sOptimum = 0;
                    for (int week = start; week < start + window; week++)
                    {
                        foreach (int area in areas)
                        {
                            if (onStation.TryGetValue((group.Index, area, week), out int x))
                            {
                                sRelaxed += relaxed[x];
                                sOptimum += optimum[x];
                            }
                        }
                    }

                    if (sRelaxed > 1e-6 || sOptimum > 0)
                    {
                        sums.Add(string.Create(CultureInfo.InvariantCulture, $"{start}:{sRelaxed:0.##}/{sOptimum}"));
                    }
                }

                foreach (int area in areas)
                {
                    for (int week = 1; week <= index.Weeks; week++)
                    {
                        if (onStation.TryGetValue((group.Index, area, week), out int x))
                        {
                            wRelaxed += relaxed[x];
                            wOptimum += optimum[x];
                            if (Math.Abs(relaxed[x] - Math.Round(relaxed[x])) > 1e-6 || Math.Abs(relaxed[x] - optimum[x]) > 1e-6)
                            {
                                fractional.Add(string.Create(CultureInfo.InvariantCulture, $"a{area}w{week}={relaxed[x]:0.###}/{optimum[x]}"));
                            }
                        }
                    }
                }

                relaxedTransit += tRelaxed;
                optimumTransit += tOptimum;
                relaxedWeekly += wRelaxed * index.WeeklyCost(group.Index);
                optimumWeekly += wOptimum * index.WeeklyCost(group.Index);
                if (fractional.Count > 0 || Math.Abs(dRelaxed - dOptimum) > 1e-6)
                {
                    output.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"  p{project} (M {rotation.MaxWeeksOnStation}/{rotation.WindowWeeks}) g{group.Index} n={group.Count} weekly {index.WeeklyCost(group.Index)} transit [{string.Join(",", areas.Select(area => deployed.ContainsKey((group.Index, area)) ? index.TransitCost(group.Index, area).ToString(CultureInfo.InvariantCulture) : "-"))}]: D {dRelaxed:0.##}/{dOptimum}, weeks {wRelaxed:0.##}/{wOptimum}"));
                    output.WriteLine($"      windows {string.Join(" ", sums)}");
                    output.WriteLine($"      x {string.Join(" ", fractional)}");
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  transit {relaxedTransit:F1}/{optimumTransit}  weekly {relaxedWeekly:F1}/{optimumWeekly}"));
    }
}
