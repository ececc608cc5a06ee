using System.Collections.Immutable;

namespace Concert.Pooling.Fairness;

/// <summary>The nucleolus and how it was reached.</summary>
/// <param name="Allocation">Each player's share of v(N).</param>
/// <param name="IsPrenucleolus">True when the game has no imputation (the stand-alone values add up to less than
/// v(N) in a cost game) and the prenucleolus over pre-imputations is given instead.</param>
/// <param name="Stages">Number of linear programmes solved.</param>
public sealed record NucleolusResult(ImmutableArray<double> Allocation, bool IsPrenucleolus, int Stages);
