using Concert.Pooling.Model;
using Concert.Pooling.Planning;

namespace Concert.Pooling.Tests;

/// <summary>Models set for the cost phase the way the planner sets them, for tests of its bounds.</summary>
internal static class CostPhaseModels
{
    /// <summary>The model after the coverage phase, solved to its proven least uncovered risk
    /// (<paramref name="leastRisk"/>) by SCIP, set for the cost phase.</summary>
    public static CpSatPoolingModel AtLeastRisk(PoolingProblem problem, out long leastRisk) =>
        AtLeastRisk(new PlanningIndex(problem, null), rotationCoverCuts: true, out leastRisk);

    /// <summary>As <see cref="AtLeastRisk(PoolingProblem, out long)"/>, with or without the rotation cover rows and the
    /// rest-week rows.</summary>
    public static CpSatPoolingModel AtLeastRisk(PlanningIndex index, bool rotationCoverCuts, out long leastRisk, bool restWeekRows = true)
    {
        var model = new CpSatPoolingModel(index, breakSymmetry: true, rotationCoverCuts, restWeekRows);
        model.MinimizeUncoveredRisk();
        using var coverage = new MipRun(model.Model.Model);
        SolveOutcome least = coverage.Solve(30, 0, 0);
        Assert.True(least.Proven);
        leastRisk = (long)Math.Round(least.Objective);
        model.MinimizeAssetCostAfterRisk(leastRisk);
        return model;
    }

    /// <summary>The bound model (asset cost at the least risk, <see cref="CpSatPoolingModel.CostWithRiskAtMost"/>) solved
    /// whole by SCIP, with or without the rotation cover rows and the rest-week rows: the rows are valid where this
    /// optimum is the same either way.</summary>
    public static (CpSatPoolingModel Model, long LeastRisk, SolveOutcome Optimum) BoundModelOptimum(PlanningIndex index, bool rotationCoverCuts, bool restWeekRows = true)
    {
        CpSatPoolingModel model = AtLeastRisk(index, rotationCoverCuts, out long leastRisk, restWeekRows);
        using var scip = new MipRun(model.CostWithRiskAtMost(leastRisk));
        return (model, leastRisk, scip.Solve(60, 0, 0));
    }
}
