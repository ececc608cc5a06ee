namespace Concert.Maritime.Exercise;

/// <summary>
/// One run of a scenario's traffic, advanced window by window. Each window is generated in parallel over fixed shards
/// of transmitters and returned in time order, so the output is byte-identical whatever the machine.
/// </summary>
/// <remarks>Not thread-safe: one caller advances it.</remarks>
public sealed class ExerciseTraffic
{
    // Fixed, so the partition (and with it each shard's channel alternation) never depends on the processor count.
    private const int Shards = 64;

    private readonly VesselTransmitter[] _transmitters;
    private readonly SentenceFormatter[] _formatters;
    private readonly List<TimedSentence>[] _shardOutput;

    internal ExerciseTraffic(ExerciseScenario scenario)
    {
        var reception = new ReceptionModel(scenario.Options);
        _transmitters = [.. scenario.Transmitters.Select((vessel, index) => new VesselTransmitter(vessel, index, reception, scenario.Options))];
        _formatters = [.. Enumerable.Range(0, Shards).Select(_ => new SentenceFormatter())];
        _shardOutput = [.. Enumerable.Range(0, Shards).Select(_ => new List<TimedSentence>())];
        Now = scenario.Options.Start;
    }

    /// <summary>The simulated time up to which traffic has been generated.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>The lines received from <see cref="Now"/> up to <paramref name="until"/>, in time order.</summary>
    /// <param name="until">The end of the window (exclusive); earlier than <see cref="Now"/> gives nothing.</param>
    public IReadOnlyList<TimedSentence> Advance(DateTimeOffset until)
    {
        if (until <= Now)
        {
            return [];
        }
        int perShard = (_transmitters.Length + Shards - 1) / Shards;
        Parallel.For(0, Shards, shard =>
        {
            List<TimedSentence> output = _shardOutput[shard];
            output.Clear();
            for (int i = shard * perShard, end = Math.Min(_transmitters.Length, (shard + 1) * perShard); i < end; i++)
            {
                _transmitters[i].Emit(until, _formatters[shard], output);
            }
        });
        Now = until;
        var window = new List<TimedSentence>(_shardOutput.Sum(output => output.Count));
        foreach (List<TimedSentence> output in _shardOutput)
        {
            window.AddRange(output);
        }
        // A stable sort: lines of one transmitter at one instant (a two-sentence type 5) keep their order.
        return [.. window.OrderBy(line => line.At).ThenBy(line => line.Transmitter)];
    }
}
