using Concert.Pooling.Planning;
using Google.OrTools.Sat;

namespace Concert.Pooling.Tests;

/// <summary>Plans of a cost phase's model to check valid rows against: every solution CP-SAT reports on its way to the
/// optimum of the model solved whole (one worker, so the path is repeatable), and the greedy plan as the model values it.</summary>
internal static class PlansPassedThrough
{
    /// <summary>The plans, as the value of every model variable by index; the model's hint is the greedy plan's after.</summary>
    public static List<long[]> Of(CpSatPoolingModel model, PlanningIndex index, int seed)
    {
        int variables = model.Model.Model.Variables.Count;
        var plans = new List<long[]>();
        using (var solver = new CpSolver { StringParameters = "num_workers:1,max_time_in_seconds:20,random_seed:" + seed })
        {
            using var collector = new SolutionCollector(variables, plans);
            Assert.Equal(CpSolverStatus.Optimal, solver.Solve(model.Model, collector));
        }

        model.Hint(GreedyPlanner.Build(index, null));
        long[]? greedy = model.HintValues();
        Assert.NotNull(greedy);
        plans.Add(greedy);
        return plans;
    }

    /// <summary>The first of the linear <paramref name="rows"/> the values break, or null.</summary>
    public static string? FirstViolatedRow(IReadOnlyList<ConstraintProto> rows, long[] values)
    {
        for (int row = 0; row < rows.Count; row++)
        {
            LinearConstraintProto linear = rows[row].Linear;
            long sum = 0;
            for (int term = 0; term < linear.Vars.Count; term++)
            {
                int reference = linear.Vars[term];
                sum += linear.Coeffs[term] * (reference >= 0 ? values[reference] : -values[-reference - 1]);
            }

            if (sum < linear.Domain[0] || sum > linear.Domain[^1])
            {
                return $"row {row}: {sum} outside [{linear.Domain[0]}, {linear.Domain[^1]}]";
            }
        }

        return null;
    }

    /// <summary>Keeps every solution CP-SAT reports.</summary>
    private sealed class SolutionCollector(int variables, List<long[]> plans) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback() =>
            plans.Add([.. Enumerable.Range(0, variables).Select(variable => SolutionIntegerValue(variable))]);
    }
}
