using BenchmarkDotNet.Running;
using Concert.Picture.Benchmarks;

// "latency" measures single viewport queries one by one for their percentiles (BenchmarkDotNet reports means of
// iterations); anything else goes to BenchmarkDotNet.
if (args is ["latency", ..])
{
    ViewportLatency.Run(queries: args.Length > 1 ? int.Parse(args[1]) : 2000);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(PictureFixture).Assembly).Run(args);
}
