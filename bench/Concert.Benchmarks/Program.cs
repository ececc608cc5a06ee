using BenchmarkDotNet.Running;

namespace Concert.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet benchmarks chosen on the command line (<c>--filter '*'</c> for all), or, with
/// <c>--throughput FILE [--warm]</c>, decodes a whole file for <c>bench/run.sh</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--throughput", string path, ..] && args.Length <= 3)
        {
            Throughput.Run(path, warmPasses: args is [_, _, "--warm"]);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
