using BenchmarkDotNet.Running;

namespace Concert.Benchmarks;

/// <summary>Runs the BenchmarkDotNet benchmarks chosen on the command line (<c>--filter '*'</c> for all).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
