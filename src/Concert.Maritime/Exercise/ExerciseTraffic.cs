namespace Concert.Maritime.Exercise;

/// <summary>
/// One run of a scenario's traffic, advanced window by window. Each window is generated in parallel over fixed shards
/// of transmitters and returned in time order, so the output is byte-identical whatever the machine.
/// </summary>
/// <remarks>Not thread-safe: one caller advances it.</remarks>
public sealed class ExerciseTraffic
{
    // Fixed, so the partition (and with it each shard's channel alternation) never depends on the processor count.
    internal const int Shards = 64;

    private readonly VesselTransmitter[] _transmitters;
    private readonly SentenceFormatter[] _formatters;

    internal ExerciseTraffic(ExerciseScenario scenario)
    {
        var reception = new ReceptionModel(scenario.Options);
        _transmitters = [.. scenario.Transmitters.Select((vessel, index) => new VesselTransmitter(vessel, index, reception, scenario.Options))];
        _formatters = [.. Enumerable.Range(0, Shards).Select(_ => new SentenceFormatter())];
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
        TimedSentenceList[] shards = [.. Enumerable.Range(0, Shards).Select(_ => new TimedSentenceList())];
        Emit(until, shards);
        var order = new List<LineOrder>();
        for (int shard = 0; shard < Shards; shard++)
        {
            List<TimedSentence> lines = shards[shard].Lines;
            for (int i = 0; i < lines.Count; i++)
            {
                order.Add(new LineOrder(lines[i].At.UtcTicks, lines[i].Transmitter, shard, i));
            }
        }
        order.Sort();
        return [.. order.Select(line => shards[line.Shard].Lines[line.Index])];
    }

    /// <summary>
    /// Generates the window up to <paramref name="until"/> into one arena per shard (cleared first) and returns the
    /// lines' order: by time, then transmitter, then emission.
    /// </summary>
    internal LineOrder[] AdvanceInto(DateTimeOffset until, LineArena[] shards)
    {
        foreach (LineArena arena in shards)
        {
            arena.Clear();
        }
        if (until <= Now)
        {
            return [];
        }
        Emit(until, shards);
        var order = new LineOrder[shards.Sum(arena => arena.Count)];
        int next = 0;
        for (int shard = 0; shard < Shards; shard++)
        {
            LineArena arena = shards[shard];
            for (int i = 0; i < arena.Count; i++)
            {
                ref readonly LineArena.Entry line = ref arena[i];
                order[next++] = new LineOrder(line.Ticks, line.Transmitter, shard, i);
            }
        }
        Array.Sort(order);
        return order;
    }

    private void Emit(DateTimeOffset until, ISentenceSink[] shards)
    {
        int perShard = (_transmitters.Length + Shards - 1) / Shards;
        Parallel.For(0, Shards, shard =>
        {
            for (int i = shard * perShard, end = Math.Min(_transmitters.Length, (shard + 1) * perShard); i < end; i++)
            {
                _transmitters[i].Emit(until, _formatters[shard], shards[shard]);
            }
        });
        Now = until;
    }
}
