using Concert.Pooling.Benchmarks;

// concert-pooling-bench --tier B0..B3|shapley6|shapley8|shapley10 [--seeds N] [--cp-sat-only] [--fair-share-budget S] [--fair-share-gap G]:
// the figures `concert plan bench` prints; --cp-sat-only plans without SCIP, to compare; --fair-share-budget gives
// the fair-share tiers S seconds for all coalition plans (default: the tier's target; 0: none, one pass at 0.5 s each);
// --fair-share-gap proves coalition plans within a relative gap G (default 0: optimal).
// --greedy-only [--repeats N] times the greedy plan alone (median of N runs, default 5) and prints its fingerprint.
// concert-pooling-bench --diagnose-relaxation --tier T --seed S [--with-cp-sat] [--schedule-integer] [--show-rows] [--highs] [--lazy-integrality]:
// seed S's cost phase as LP and deployment relaxation (by SCIP, or HiGHS) with and without the rotation cover rows, the
// whole model's optimum, and where the relaxation's schedule departs from it (RelaxationDiagnosis).
// --planner-stages --tier T --seed S: the planner's path for seed S stage by stage, wall and processor time (PlannerStages).
// --lazy-step --tier T --seed S [--step-settings "<SCIP lines, ';' between>"] [--scip-log] [--highs] [--root-lp-groups]
// [--root-node-groups] [--prove-known-optimum] [--objective-floor] [--split-step] [--window-groups] [--project-wide]
// [--run-seconds S]: the cost phase's first lazy-integrality step alone under other settings (LazyStepBenchmark).
// --plan-search-workers W --tier T --seed S [--run-seconds S]: CP-SAT with W workers on the cost phase from the trimmed
// coverage plan, each improving plan with its time (CostPlanSearchBenchmark).
// concert-pooling-bench --diagnose-root-lp --tier T --seed S: seed S's deployment relaxation against its root LP, group
// by group and requirement by requirement (RootLpDiagnosis).
// --relaxation-settings "<SCIP parameter lines, ';' between>" [--first-seed F] [--seeds N] [--run-seconds S]
// [--coalition-size K] [--cutoff V] [--scip-log] [--highs]: seeds F to F + N - 1; the cost
// phase's deployment relaxation (fair-share tiers: the coalitions' priced models) by SCIP with those parameters added
// ("" for the planner's own), one line a model (RelaxationSettingsBenchmark); with --cutoff, stopped at a solution below
// V or a bound above it, whichever comes first (a known plan's proof); --highs: HiGHS's relaxation instead (no settings).
// --mip-engines [--run-seconds S] [--coalition-size K]: SCIP against HiGHS on each model the planner gives a MIP solver
// (MipEngineBenchmark), S seconds a run (default 20); fair-share tiers: the coalitions of at least K nations (default 5).
// --profile-coalitions --tier shapleyN --seed S [--run-seconds R]: every coalition of seed S alone, through each step of a
// coalition's turn (each up to R s, default 20), with the processor time of each and the step that proved it (CoalitionProfile).
// --profile-game --tier shapleyN --seed S [--fair-share-budget B]: the game as the tier builds it, with every solver turn it
// took and the time by coalition size (GameProfile).
string tier = "B0";
int seeds = 5;
bool useScip = true;
TimeSpan? fairShareBudget = null;
double fairShareGap = 0;
bool greedyOnly = false;
int repeats = 5;
bool diagnose = false;
bool plannerStages = false;
bool lazyStep = false;
int planSearchWorkers = 0;
string? stepSettings = null;
bool rootLp = false;
var diagnosis = new HashSet<string>(StringComparer.Ordinal);
bool mipEngines = false;
bool profileCoalitions = false;
bool profileGame = false;
string? relaxationSettings = null;
bool scipLog = false;
int firstSeed = 1;
double cutoff = double.NaN;
double runSeconds = 20;
int coalitionSize = 5;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--diagnose-root-lp":
            rootLp = true;
            break;
        case "--diagnose-relaxation":
            diagnose = true;
            break;
        case "--planner-stages":
            plannerStages = true;
            break;
        case "--plan-search-workers" when i + 1 < args.Length:
            planSearchWorkers = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--lazy-step":
            lazyStep = true;
            break;
        case "--step-settings" when i + 1 < args.Length:
            stepSettings = string.Concat(args[++i].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(line => line + "\n"));
            break;
        case "--with-cp-sat" or "--schedule-integer" or "--show-rows" or "--highs" or "--lazy-integrality" or "--root-lp-groups" or "--root-node-groups" or "--prove-known-optimum" or "--objective-floor" or "--split-step" or "--window-groups" or "--project-wide":
            diagnosis.Add(args[i]);
            break;
        case "--relaxation-settings" when i + 1 < args.Length:
            relaxationSettings = string.Concat(args[++i].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(line => line + "\n"));
            break;
        case "--cutoff" when i + 1 < args.Length:
            cutoff = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--first-seed" when i + 1 < args.Length:
            firstSeed = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--scip-log":
            scipLog = true;
            break;
        case "--profile-game":
            profileGame = true;
            break;
        case "--profile-coalitions":
            profileCoalitions = true;
            break;
        case "--mip-engines":
            mipEngines = true;
            break;
        case "--run-seconds" when i + 1 < args.Length:
            runSeconds = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--coalition-size" when i + 1 < args.Length:
            coalitionSize = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--greedy-only":
            greedyOnly = true;
            break;
        case "--repeats" when i + 1 < args.Length:
            repeats = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--cp-sat-only":
            useScip = false;
            break;
        case "--tier" when i + 1 < args.Length:
            tier = args[++i];
            break;
        case "--fair-share-budget" when i + 1 < args.Length:
            fairShareBudget = TimeSpan.FromSeconds(double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture));
            break;
        case "--fair-share-gap" when i + 1 < args.Length:
            fairShareGap = double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--seeds" or "--seed" when i + 1 < args.Length:
            seeds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}; use --tier B0..B3|shapley6|shapley8|shapley10 [--seeds N] [--cp-sat-only] [--fair-share-budget S] [--fair-share-gap G] [--greedy-only [--repeats N]] [--mip-engines [--run-seconds S] [--coalition-size K]]");
            return 2;
    }
}

try
{
    if (plannerStages)
    {
        Concert.Pooling.Benchmarks.Diagnostics.PlannerStages.Run(BenchmarkTier.Parse(tier), seeds, Console.Out);
    }
    else if (planSearchWorkers > 0)
    {
        Concert.Pooling.Benchmarks.Diagnostics.CostPlanSearchBenchmark.Run(BenchmarkTier.Parse(tier), seeds, planSearchWorkers, runSeconds, Console.Out);
    }
    else if (lazyStep)
    {
        Concert.Pooling.Benchmarks.Diagnostics.LazyStepBenchmark.Run(BenchmarkTier.Parse(tier), seeds, stepSettings ?? string.Empty, runSeconds, scipLog, diagnosis, Console.Out);
    }
    else if (rootLp)
    {
        Concert.Pooling.Benchmarks.Diagnostics.RootLpDiagnosis.Run(BenchmarkTier.Parse(tier), seeds, Console.Out);
    }
    else if (diagnose)
    {
        Concert.Pooling.Benchmarks.Diagnostics.RelaxationDiagnosis.Run(BenchmarkTier.Parse(tier), seeds, diagnosis, Console.Out);
    }
    else if (relaxationSettings is not null)
    {
        Concert.Pooling.Benchmarks.Diagnostics.RelaxationSettingsBenchmark.Run(BenchmarkTier.Parse(tier), firstSeed, seeds, relaxationSettings, runSeconds, coalitionSize, cutoff, diagnosis.Contains("--highs") ? Concert.Pooling.Planning.MipEngine.Highs : Concert.Pooling.Planning.MipEngine.Scip, scipLog, Console.Out);
    }
    else if (profileGame)
    {
        BenchmarkTier size = BenchmarkTier.Parse(tier);
        Concert.Pooling.Benchmarks.Diagnostics.GameProfile.Run(size, seeds, fairShareBudget ?? size.TimeLimit, Console.Out);
    }
    else if (profileCoalitions)
    {
        Concert.Pooling.Benchmarks.Diagnostics.CoalitionProfile.Run(BenchmarkTier.Parse(tier), seeds, runSeconds, Console.Out);
    }
    else if (mipEngines)
    {
        MipEngineBenchmark.Run(BenchmarkTier.Parse(tier), seeds, runSeconds, coalitionSize, Console.Out);
    }
    else if (greedyOnly)
    {
        GreedyBenchmark.Run(tier, seeds, repeats, Console.Out);
    }
    else
    {
        PlannerBenchmark.Run(tier, seeds, Console.Out, useScip, fairShareBudget, fairShareGap);
    }

    return 0;
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}
