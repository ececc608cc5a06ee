namespace Concert.Pooling.Benchmarks;

/// <summary>One size class of the seeded benchmark family (REFERENCE.md, "Planner benchmark family").</summary>
/// <param name="Name">"B0" to "B3", or "shapley6", "shapley8", "shapley10".</param>
/// <param name="Nations">Number of pledging nations.</param>
/// <param name="MinAssets">Fewest asset units.</param>
/// <param name="MaxAssets">Most asset units.</param>
/// <param name="MinAreas">Fewest operating areas.</param>
/// <param name="MaxAreas">Most operating areas.</param>
/// <param name="MinWeeks">Shortest horizon.</param>
/// <param name="MaxWeeks">Longest horizon.</param>
/// <param name="TimeLimit">The planner's time limit (for fair-share tiers: the whole analysis's target).</param>
/// <param name="GapTolerance">The planner's relative gap tolerance.</param>
/// <param name="Target">What the tier must achieve, in words.</param>
public sealed record BenchmarkTier(
    string Name,
    int Nations,
    int MinAssets,
    int MaxAssets,
    int MinAreas,
    int MaxAreas,
    int MinWeeks,
    int MaxWeeks,
    TimeSpan TimeLimit,
    double GapTolerance,
    string Target)
{
    /// <summary>B0: Ocean Shield scale.</summary>
    public static BenchmarkTier B0 { get; } = new("B0", 5, 8, 8, 3, 3, 26, 26, TimeSpan.FromSeconds(10), 0, "proven optimal < 0.5 s");

    /// <summary>B1.</summary>
    public static BenchmarkTier B1 { get; } = new("B1", 10, 40, 40, 6, 6, 8, 13, TimeSpan.FromSeconds(20), 0, "proven optimal < 2 s");

    /// <summary>B2: regional framework.</summary>
    public static BenchmarkTier B2 { get; } = new("B2", 16, 80, 80, 8, 8, 13, 13, TimeSpan.FromSeconds(60), 0, "proven optimal < 10 s");

    /// <summary>B3: stress.</summary>
    public static BenchmarkTier B3 { get; } = new("B3", 24, 150, 250, 12, 16, 26, 52, TimeSpan.FromSeconds(60), 0.01, "gap ≤ 1 % in 60 s, bound reported");

    /// <summary>Fair shares among 6 nations (B1-sized pledges): 64 coalition plans.</summary>
    public static BenchmarkTier Shapley6 { get; } = new("shapley6", 6, 40, 40, 6, 6, 8, 13, TimeSpan.FromSeconds(5), 0, "exact Shapley in 5 s");

    /// <summary>Fair shares among 8 nations: 256 coalition plans.</summary>
    public static BenchmarkTier Shapley8 { get; } = new("shapley8", 8, 40, 40, 6, 6, 8, 13, TimeSpan.FromSeconds(20), 0, "exact Shapley in 20 s");

    /// <summary>Fair shares among 10 nations: 1,024 coalition plans.</summary>
    public static BenchmarkTier Shapley10 { get; } = new("shapley10", 10, 40, 40, 6, 6, 8, 13, TimeSpan.FromSeconds(60), 0, "exact Shapley in 60 s");

    /// <summary>Every tier, planner tiers first.</summary>
    public static IReadOnlyList<BenchmarkTier> All { get; } = [B0, B1, B2, B3, Shapley6, Shapley8, Shapley10];

    /// <summary>Whether this tier measures the fair-share analysis rather than one plan.</summary>
    public bool IsFairShare => Name.StartsWith("shapley", StringComparison.Ordinal);

    /// <summary>The tier named <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">"B0".."B3", "shapley6", "shapley8" or "shapley10".</param>
    /// <returns>The tier.</returns>
    /// <exception cref="ArgumentException">Unknown name; the message lists the known ones.</exception>
    public static BenchmarkTier Parse(string name) =>
        All.FirstOrDefault(tier => string.Equals(tier.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown tier '{name}'; known: {string.Join(", ", All.Select(tier => tier.Name))}.", nameof(name));
}
