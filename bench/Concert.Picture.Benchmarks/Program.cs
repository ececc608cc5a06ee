using System.Globalization;
using BenchmarkDotNet.Running;
using Concert.Maritime.Exercise;
using Concert.Picture.Benchmarks;

// "latency [QUERIES] [deferred]" measures single viewport queries one by one for their percentiles (BenchmarkDotNet
// reports means of iterations), "deferred" with the writer merging positions as the committed feed does; "generate VESSELS HOURS FILE" times one generator run; anything else goes to BenchmarkDotNet.
if (args is ["latency", ..])
{
    ViewportLatency.Run(queries: args.Length > 1 ? int.Parse(args[1]) : 2000, deferred: args is [_, _, "deferred"]);
}
else if (args is ["generate", var vessels, var hours, var file])
{
    ExerciseGenerationSummary summary = await ExerciseGenerator.GenerateAsync(
        ExerciseOptions.Default with { Vessels = int.Parse(vessels) }, double.Parse(hours, CultureInfo.InvariantCulture), file);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{summary.Transmitters} transmitters, {summary.Hours} h: {summary.Lines} lines in {summary.Elapsed.TotalSeconds:0.0} s " +
        $"({summary.LinesPerSecond:0} lines/s), {new FileInfo(file).Length / 1e6:0.0} MB"));
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(PictureFixture).Assembly).Run(args);
}
