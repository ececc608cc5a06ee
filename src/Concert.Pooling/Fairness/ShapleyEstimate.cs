using System.Collections.Immutable;

namespace Concert.Pooling.Fairness;

/// <summary>A Shapley value estimated from sampled player orders, with the standard error of each player's
/// estimate (the sample standard deviation of its marginal contributions over √orders).</summary>
/// <param name="Values">The estimate per player.</param>
/// <param name="StandardErrors">The standard error per player; about 95 % of estimates fall within two of them.</param>
/// <param name="Orders">Number of sampled orders.</param>
public sealed record ShapleyEstimate(ImmutableArray<double> Values, ImmutableArray<double> StandardErrors, int Orders);
