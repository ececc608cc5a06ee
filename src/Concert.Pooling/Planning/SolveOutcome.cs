namespace Concert.Pooling.Planning;

/// <summary>What one solver run on a phase's model found: the best solution's values (by the CP-SAT model's variable
/// index), its objective, the proven bound, and whether the run proved it within the gap tolerance.</summary>
/// <param name="Values">Value of every model variable in the best solution; empty when none was found.</param>
/// <param name="Objective">The best solution's objective (positive infinity without one).</param>
/// <param name="Bound">The proven lower bound on the objective (negative infinity without one).</param>
/// <param name="Proven">Whether the run proved the solution optimal or within the gap tolerance.</param>
internal sealed record SolveOutcome(IReadOnlyList<long> Values, double Objective, double Bound, bool Proven)
{
    /// <summary>A run that found nothing and proved nothing.</summary>
    public static SolveOutcome Nothing { get; } = new([], double.PositiveInfinity, double.NegativeInfinity, Proven: false);

    public bool HasSolution => Values.Count > 0;

    /// <summary>The best of two runs on the same model: the better solution, the higher bound (both are valid), and
    /// proven when either run proved its own solution (the better one is then within the tolerance too).</summary>
    public SolveOutcome Merge(SolveOutcome other)
    {
        ArgumentNullException.ThrowIfNull(other);
        SolveOutcome better = !other.HasSolution || (HasSolution && Objective <= other.Objective) ? this : other;
        double bound = Math.Max(Bound, other.Bound);
        return new SolveOutcome(better.Values, better.Objective, bound, better.HasSolution && (Proven || other.Proven));
    }
}
