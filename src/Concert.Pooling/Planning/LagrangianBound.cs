using Google.OrTools.Sat;
using Google.Protobuf.Collections;

namespace Concert.Pooling.Planning;

/// <summary>A lower bound on a minimised linear model from any multipliers on its constraints: the Lagrangian
/// relaxation with every constraint priced and every variable free within its bounds.</summary>
/// <remarks>
/// <para>Why: a first-order LP solver (PDLP) stops with duals that are only nearly optimal and nearly feasible, so its
/// objective is no bound. This one is, for any multipliers: for every x within the variables' bounds and every row
/// with L ≤ a·x ≤ U, c·x = (c − Aᵀy)·x + y·Ax ≥ Σ min over [lⱼ, uⱼ] of (cⱼ − aⱼ·y)·xⱼ + Σ (yᵢ &gt; 0 ? yᵢLᵢ : yᵢUᵢ),
/// whatever the yᵢ (a multiplier whose side of the row is unbounded is taken as zero). Better multipliers only make it
/// tighter; at the LP's optimal duals it is the LP's optimum.</para>
/// <para>It bounds the model's LP relaxation, hence the model: integrality only raises the minimum.</para>
/// </remarks>
internal static class LagrangianBound
{
    /// <summary>The bound of <paramref name="model"/> (plain linear constraints, minimised) at the multipliers, one per
    /// constraint in order; negative infinity when a variable without a finite bound keeps a cost.</summary>
    public static double Of(CpModelProto model, IReadOnlyList<double> multipliers)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(multipliers);
        if (multipliers.Count != model.Constraints.Count)
        {
            throw new ArgumentException($"{multipliers.Count} multipliers for {model.Constraints.Count} constraints.", nameof(multipliers));
        }

        var reducedCost = new double[model.Variables.Count];
        AddTerms(reducedCost, model.Objective.Vars, model.Objective.Coeffs, 1);
        double bound = model.Objective.Offset;
        for (int row = 0; row < model.Constraints.Count; row++)
        {
            LinearConstraintProto linear = model.Constraints[row].Linear
                ?? throw new ArgumentException("Only linear constraints have a Lagrangian bound here.", nameof(model));
            long lower = linear.Domain[0], upper = linear.Domain[^1];
            double multiplier = multipliers[row] switch
            {
                double.NaN => 0,
                > 0 when lower == long.MinValue => 0,
                < 0 when upper == long.MaxValue => 0,
                double y => y,
            };
            if (multiplier == 0)
            {
                continue;
            }

            bound += multiplier * (multiplier > 0 ? lower : upper);
            AddTerms(reducedCost, linear.Vars, linear.Coeffs, -multiplier);
        }

        for (int variable = 0; variable < reducedCost.Length; variable++)
        {
            double cost = reducedCost[variable];
            if (cost != 0)
            {
                var domain = model.Variables[variable].Domain;
                long end = cost > 0 ? domain[0] : domain[^1];
                if (end is long.MinValue or long.MaxValue)
                {
                    return double.NegativeInfinity;
                }

                bound += cost * end;
            }
        }

        return bound;
    }

    private static void AddTerms(double[] reducedCost, RepeatedField<int> references, RepeatedField<long> coefficients, double factor)
    {
        foreach ((int variable, long coefficient) in ProtoTerms.Of(references, coefficients))
        {
            reducedCost[variable] += factor * coefficient;
        }
    }
}
