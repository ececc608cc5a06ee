namespace Concert.Maritime.Exercise;

/// <summary>What an exercise scenario contains. The same options always give byte-identical traffic.</summary>
public sealed record ExerciseOptions
{
    /// <summary>The default: 2,000 vessels from 2026-03-02 00:00 UTC, seed 20260302, scripted events included.</summary>
    public static ExerciseOptions Default { get; } = new();

    /// <summary>The seed every random choice derives from.</summary>
    public ulong Seed { get; init; } = 20260302;

    /// <summary>When the exercise starts (simulated time).</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Background vessels (the scripted events add their own few).</summary>
    public int Vessels { get; init; } = 2000;

    /// <summary>Include the scripted events and their vessels.</summary>
    public bool ScriptedEvents { get; init; } = true;

    /// <summary>
    /// Chance that a shore station misses a report from a ship in its range (slot collisions, fading): 15 % by default,
    /// within the 10–20 % a busy strait sees.
    /// </summary>
    public double DropProbability { get; init; } = 0.15;

    /// <summary>Chance that a report from beyond every shore station is picked up by a satellite.</summary>
    public double SatelliteProbability { get; init; } = 0.2;
}
