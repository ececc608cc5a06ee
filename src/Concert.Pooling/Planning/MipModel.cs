using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>A CP-SAT model as a mixed-integer programme, the one translation every <see cref="MipEngine"/> loads: the
/// same variables (by index) with their bounds, the linear constraints as rows (each variable once a row), the
/// minimised objective with its offset, and the hint.</summary>
/// <remarks>Every constraint of <see cref="CpSatPoolingModel"/> is linear; any other kind is a programming error.</remarks>
internal sealed class MipModel
{
    /// <param name="model">A CP-SAT model whose constraints are all linear, minimised.</param>
    /// <param name="integerVariables">The variables (by index) kept integer, or null for all.</param>
    public MipModel(CpModelProto model, IReadOnlySet<int>? integerVariables)
    {
        ArgumentNullException.ThrowIfNull(model);
        int count = model.Variables.Count;
        Names = [.. model.Variables.Select(variable => variable.Name)];
        Lower = [.. model.Variables.Select(variable => (double)variable.Domain[0])];
        Upper = [.. model.Variables.Select(variable => (double)variable.Domain[^1])];
        Integer = [.. Enumerable.Range(0, count).Select(index => integerVariables is null || integerVariables.Contains(index))];
        IsRelaxation = Integer.Any(integer => !integer);

        var rowLower = new List<double>();
        var rowUpper = new List<double>();
        var starts = new List<int> { 0 };
        var columns = new List<int>();
        var values = new List<double>();
        foreach (ConstraintProto constraint in model.Constraints)
        {
            if (constraint.ConstraintCase != ConstraintProto.ConstraintOneofCase.Linear || constraint.EnforcementLiteral.Count > 0)
            {
                throw new InvalidOperationException($"Only plain linear constraints translate to a MIP, not {constraint.ConstraintCase}.");
            }

            LinearConstraintProto linear = constraint.Linear;
            rowLower.Add(ProtoTerms.Finite(linear.Domain[0]));
            rowUpper.Add(ProtoTerms.Finite(linear.Domain[^1]));
            foreach ((int variable, long coefficient) in Summed(ProtoTerms.Of(linear.Vars, linear.Coeffs)))
            {
                columns.Add(variable);
                values.Add(coefficient);
            }

            starts.Add(columns.Count);
        }

        RowLower = [.. rowLower];
        RowUpper = [.. rowUpper];
        RowStarts = [.. starts];
        RowColumns = [.. columns];
        RowValues = [.. values];

        if (model.Objective.ScalingFactor is not (0 or 1))
        {
            throw new InvalidOperationException("Only a minimised objective translates.");
        }

        ObjectiveTerms = Summed(ProtoTerms.Of(model.Objective.Vars, model.Objective.Coeffs));
        Cost = new double[count];
        foreach ((int variable, long coefficient) in ObjectiveTerms)
        {
            Cost[variable] = coefficient;
        }

        ObjectiveOffset = model.Objective.Offset;
        HintVariables = model.SolutionHint is { } hint ? [.. hint.Vars] : [];
        HintValues = model.SolutionHint is { } hinted ? [.. hinted.Values.Select(value => (double)value)] : [];
    }

    /// <summary>The variables' names, by index.</summary>
    public string[] Names { get; }

    /// <summary>The variables' lower bounds, by index.</summary>
    public double[] Lower { get; }

    /// <summary>The variables' upper bounds, by index.</summary>
    public double[] Upper { get; }

    /// <summary>Whether each variable is integer, by index.</summary>
    public bool[] Integer { get; }

    /// <summary>Whether some variable is continuous: the programme is then a relaxation of the CP-SAT model.</summary>
    public bool IsRelaxation { get; }

    /// <summary>Each row's lower side (negative infinity for none).</summary>
    public double[] RowLower { get; }

    /// <summary>Each row's upper side (positive infinity for none).</summary>
    public double[] RowUpper { get; }

    /// <summary>Where each row's terms start in <see cref="RowColumns"/> and <see cref="RowValues"/>, with the end as a
    /// last entry.</summary>
    public int[] RowStarts { get; }

    /// <summary>The rows' variables, row after row.</summary>
    public int[] RowColumns { get; }

    /// <summary>The rows' coefficients, row after row.</summary>
    public double[] RowValues { get; }

    /// <summary>The objective's coefficient of each variable, by index.</summary>
    public double[] Cost { get; }

    /// <summary>The objective's terms, each variable once, for its exact value at a whole solution.</summary>
    public IReadOnlyList<(int Variable, long Coefficient)> ObjectiveTerms { get; }

    /// <summary>The objective's constant.</summary>
    public double ObjectiveOffset { get; }

    /// <summary>The hinted variables (empty for no hint).</summary>
    public int[] HintVariables { get; }

    /// <summary>The hinted values, beside <see cref="HintVariables"/>.</summary>
    public double[] HintValues { get; }

    /// <summary>The objective's exact value at whole <paramref name="values"/>.</summary>
    public double ObjectiveOf(IReadOnlyList<long> values) =>
        ObjectiveOffset + ObjectiveTerms.Sum(term => term.Coefficient * values[term.Variable]);

    /// <summary>Terms with each variable once (a CP-SAT expression may name one twice; HiGHS refuses that).</summary>
    private static (int Variable, long Coefficient)[] Summed(IEnumerable<(int Variable, long Coefficient)> terms)
    {
        var sums = new Dictionary<int, long>();
        foreach ((int variable, long coefficient) in terms)
        {
            sums[variable] = sums.GetValueOrDefault(variable) + coefficient;
        }

        return [.. sums.Where(sum => sum.Value != 0).Select(sum => (sum.Key, sum.Value))];
    }
}
