using Google.OrTools.Sat;
using Google.Protobuf.Collections;

namespace Concert.Pooling.Planning;

/// <summary>The linear parts of a CP-SAT model proto as the code that takes them outside CP-SAT reads them (SCIP,
/// PDLP, the Lagrangian bound, an objective's value), so the proto's encodings are decoded in one place.</summary>
internal static class ProtoTerms
{
    /// <summary>The terms as (variable index, coefficient): a negative reference is the negation of variable −ref − 1.</summary>
    public static IEnumerable<(int Variable, long Coefficient)> Of(RepeatedField<int> references, RepeatedField<long> coefficients)
    {
        for (int term = 0; term < references.Count; term++)
        {
            int reference = references[term];
            yield return reference >= 0 ? (reference, coefficients[term]) : (-reference - 1, -coefficients[term]);
        }
    }

    /// <summary>The terms' sum at real <paramref name="values"/> of every variable by index (an LP's or a relaxation's).</summary>
    public static double ValueAt(RepeatedField<int> references, RepeatedField<long> coefficients, IReadOnlyList<double> values) =>
        Of(references, coefficients).Sum(term => term.Coefficient * values[term.Variable]);

    /// <summary>The model's objective, offset included, at real <paramref name="values"/> of every variable by index.</summary>
    public static double ObjectiveAt(CpModelProto model, IReadOnlyList<double> values) =>
        model.Objective.Offset + ValueAt(model.Objective.Vars, model.Objective.Coeffs, values);

    /// <summary>A domain end as a double: CP-SAT writes an unbounded side as <see cref="long.MinValue"/> or
    /// <see cref="long.MaxValue"/>.</summary>
    public static double Finite(long value) => value switch
    {
        long.MinValue => double.NegativeInfinity,
        long.MaxValue => double.PositiveInfinity,
        _ => value,
    };
}
