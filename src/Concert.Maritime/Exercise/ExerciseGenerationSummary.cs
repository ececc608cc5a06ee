namespace Concert.Maritime.Exercise;

/// <summary>What <see cref="ExerciseGenerator"/> wrote.</summary>
/// <param name="Transmitters">Transmitters simulated (background fleet and scripted actors).</param>
/// <param name="Hours">Simulated hours.</param>
/// <param name="Lines">NMEA lines written.</param>
/// <param name="Elapsed">Wall-clock time taken.</param>
/// <param name="GroundTruth">The scripted events in the file.</param>
public sealed record ExerciseGenerationSummary(
    int Transmitters, double Hours, long Lines, TimeSpan Elapsed, IReadOnlyList<GroundTruthEvent> GroundTruth)
{
    /// <summary>Lines generated per wall-clock second.</summary>
    public double LinesPerSecond => Lines / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
