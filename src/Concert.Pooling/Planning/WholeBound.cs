namespace Concert.Pooling.Planning;

/// <summary>Bounds of an objective that is whole at every plan (whole coefficients, whole values): a solver's
/// floating-point bound rounds up to the next whole number, less a margin for its error.</summary>
internal static class WholeBound
{
    /// <summary>What a bound is lowered by before it is rounded up: a MIP solver's floating-point error, far below a
    /// unit. Absolute, not relative: priced objectives reach millions of k€, where a relative margin would cost whole
    /// units.</summary>
    public const double Margin = 0.01;

    /// <summary>The bound rounded up to a whole number, less <see cref="Margin"/>; infinities as they are.</summary>
    public static double RoundUp(double bound) => double.IsFinite(bound) ? Math.Ceiling(bound - Margin) : bound;
}
