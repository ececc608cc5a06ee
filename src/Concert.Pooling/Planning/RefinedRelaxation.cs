namespace Concert.Pooling.Planning;

/// <summary>What <see cref="LazyScheduleIntegrality"/> ended with.</summary>
/// <param name="Bound">The best bound of every solve, rounded up to a whole objective: a bound of the model.</param>
/// <param name="Values">The last finished solve's values, by variable index (the deployments whole).</param>
/// <param name="ScheduleWhole">Whether those values are a finished relaxation's and leave no schedule variable
/// fractional.</param>
/// <param name="Steps">Every solve after the first relaxation, in order.</param>
internal sealed record RefinedRelaxation(double Bound, IReadOnlyList<double> Values, bool ScheduleWhole, IReadOnlyList<RefinementStep> Steps);
