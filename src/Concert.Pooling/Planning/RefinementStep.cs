namespace Concert.Pooling.Planning;

/// <summary>One solve of <see cref="LazyScheduleIntegrality"/>: how many variables were integer, how many schedule
/// variables its solution left fractional, its bound (rounded up to a whole objective) and when it ended.</summary>
/// <param name="IntegerVariables">The variables kept integer in this solve.</param>
/// <param name="FractionalScheduleVariables">The schedule variables its solution left fractional; null where the solve
/// stopped at its time limit (its values are then an incumbent, not the relaxation's).</param>
/// <param name="Bound">Its bound, rounded up to a whole objective (negative infinity for none).</param>
/// <param name="Elapsed">Wall time from the start of the refinement to the end of this solve.</param>
internal sealed record RefinementStep(int IntegerVariables, int? FractionalScheduleVariables, double Bound, TimeSpan Elapsed);
