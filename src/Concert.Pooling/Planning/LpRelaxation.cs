namespace Concert.Pooling.Planning;

/// <summary>A model's LP relaxation as far as PDLP got: its values (not a plan: fractional, and only nearly feasible
/// where PDLP stopped short of convergence) and a bound valid for the model whatever PDLP's accuracy
/// (<see cref="LagrangianBound"/>).</summary>
/// <param name="Values">The value of every model variable by index; empty when PDLP gave none.</param>
/// <param name="Bound">A lower bound on the model's minimum (negative infinity without one).</param>
internal sealed record LpRelaxation(IReadOnlyList<double> Values, double Bound);
