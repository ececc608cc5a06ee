namespace Concert.Pooling.Fairness;

/// <summary>One solver turn of a <see cref="CoalitionSearch"/>: which coalition, when it started and how long it took
/// (wall-clock, from the search's start), the time it was given, and what the coalition held after it. For the profile of an analysis (where its time goes), not for its values.</summary>
/// <param name="Coalition">The effective coalition's mask.</param>
/// <param name="Start">When the turn started, from the search's start.</param>
/// <param name="Wall">How long the turn took.</param>
/// <param name="Limit">The time the turn was given.</param>
/// <param name="Objective">The coalition's best plan after the turn, in k€.</param>
/// <param name="Bound">The coalition's best bound after the turn, in k€.</param>
/// <param name="Proven">Whether the coalition was proven after the turn.</param>
internal sealed record CoalitionTurn(int Coalition, TimeSpan Start, TimeSpan Wall, TimeSpan Limit, double Objective, double Bound, bool Proven);
