using Concert.Pooling.Benchmarks;

// concert-pooling-bench --tier B0..B3|shapley6|shapley8|shapley10 [--seeds N]: the figures `concert plan bench` prints.
string tier = "B0";
int seeds = 5;
for (int i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--tier":
            tier = args[i + 1];
            break;
        case "--seeds":
            seeds = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}; use --tier B0..B3|shapley6|shapley8|shapley10 [--seeds N]");
            return 2;
    }
}

try
{
    PlannerBenchmark.Run(tier, seeds, Console.Out);
    return 0;
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}
