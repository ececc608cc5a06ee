namespace Concert.Maritime.Exercise;

/// <summary>
/// A small, fast random sequence (SplitMix64) whose output depends only on its seed, on every platform and .NET
/// version: the exercise must give byte-identical output for a seed. Also hashes keys to one draw without state.
/// </summary>
internal struct DeterministicRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits() => Mix(_state += 0x9E3779B97F4A7C15);

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform double in [min, max).</summary>
    public double Between(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>A uniform integer in [0, count).</summary>
    public int Below(int count) => (int)((NextBits() >> 33) % (ulong)count);

    /// <summary>One of the items, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>A uniform double in [0, 1) determined by a seed and two keys alone.</summary>
    public static double Hash(ulong seed, ulong first, ulong second) =>
        (Mix(Mix(seed ^ Mix(first + 0x9E3779B97F4A7C15)) ^ second) >> 11) * (1.0 / (1UL << 53));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
