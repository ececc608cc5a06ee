namespace Concert.Maritime.Exercise;

/// <summary>
/// An exercise: the background fleet and the scripted events with their ground truth, all derived from
/// <see cref="ExerciseOptions"/>. Immutable; start as many independent <see cref="ExerciseTraffic"/> runs as needed.
/// </summary>
public sealed class ExerciseScenario
{
    /// <summary>Builds the scenario.</summary>
    /// <param name="options">What it contains; <see cref="ExerciseOptions.Default"/> when null.</param>
    public ExerciseScenario(ExerciseOptions? options = null)
    {
        Options = options ?? ExerciseOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(Options.Vessels, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Options.DropProbability, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Options.SatelliteProbability, 1, nameof(options));
        var taken = new HashSet<uint>();
        List<SimulatedVessel> vessels = FleetBuilder.Build(Options, taken);
        if (Options.ScriptedEvents)
        {
            (List<SimulatedVessel> actors, List<GroundTruthEvent> truth) = ScriptedEvents.Build(Options, taken);
            vessels.AddRange(actors);
            GroundTruth = truth;
        }
        else
        {
            GroundTruth = [];
        }
        Transmitters = vessels;
    }

    /// <summary>The options it was built from.</summary>
    public ExerciseOptions Options { get; }

    /// <summary>Every transmitter: the background fleet, then the scripted events' actors (an impostor is its own entry).</summary>
    public IReadOnlyList<SimulatedVessel> Transmitters { get; }

    /// <summary>What the scripted events really were.</summary>
    public IReadOnlyList<GroundTruthEvent> GroundTruth { get; }

    /// <summary>A new run of the traffic from <see cref="ExerciseOptions.Start"/>.</summary>
    public ExerciseTraffic StartTraffic() => new(this);
}
