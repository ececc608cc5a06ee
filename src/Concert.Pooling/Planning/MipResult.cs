namespace Concert.Pooling.Planning;

/// <summary>What a MIP solver answered, in its own terms: the best solution's values (null for none), its objective and
/// the proven bound without the model's offset, and whether it proved the solution within its gap limits.</summary>
internal sealed record MipResult(double[]? Values, double Objective, double Bound, bool Optimal)
{
    /// <summary>No solution and no bound.</summary>
    public static MipResult Nothing { get; } = new(null, double.PositiveInfinity, double.NegativeInfinity, Optimal: false);
}
