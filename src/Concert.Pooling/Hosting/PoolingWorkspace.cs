using Concert.Pooling.Dataset;
using Concert.Pooling.Fairness;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Concert.Sharing;

namespace Concert.Pooling.Hosting;

/// <summary>The pooling module's state for the host: the dataset in force and the plan made from it, with
/// what-ifs re-planned from that plan. Thread-safe: the state is swapped whole under a lock, and planning runs
/// outside it.</summary>
public sealed class PoolingWorkspace
{
    private readonly Lock _gate = new();
    private readonly PlannerOptions _options;
    private PoolingDataset _dataset;
    private PoolingPlan? _plan;

    /// <summary>Creates a workspace.</summary>
    /// <param name="dataset">The dataset to start from.</param>
    /// <param name="options">How plans are searched.</param>
    public PoolingWorkspace(PoolingDataset dataset, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        _dataset = dataset;
        _options = options;
    }

    /// <summary>The dataset in force.</summary>
    public PoolingDataset Dataset
    {
        get
        {
            lock (_gate)
            {
                return _dataset;
            }
        }
    }

    /// <summary>The plan in force, made on first use.</summary>
    public PoolingPlan CurrentPlan
    {
        get
        {
            PoolingDataset dataset;
            lock (_gate)
            {
                if (_plan is not null)
                {
                    return _plan;
                }

                dataset = _dataset;
            }

            PoolingPlan plan = PoolingPlanner.Plan(dataset.Problem, _options);
            lock (_gate)
            {
                // Another caller may have replaced the dataset meanwhile; its plan wins.
                if (ReferenceEquals(_dataset, dataset))
                {
                    _plan ??= plan;
                }

                return _plan ?? plan;
            }
        }
    }

    /// <summary>Replaces the dataset (an edit) and plans it afresh from the previous plan.</summary>
    /// <param name="dataset">The edited dataset.</param>
    /// <returns>The new plan in force.</returns>
    public PoolingPlan Replace(PoolingDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        PoolingPlan plan = PoolingPlanner.Replan(dataset.Problem, CurrentPlan, _options);
        lock (_gate)
        {
            _dataset = dataset;
            _plan = plan;
        }

        return plan;
    }

    /// <summary>What-if: the plan if <paramref name="nation"/> withdrew; the plan in force is unchanged.</summary>
    /// <param name="nation">The withdrawing nation.</param>
    /// <returns>The re-planned what-if.</returns>
    public PoolingPlan WhatIfWithdrawn(Trigraph nation) => PoolingPlanner.Replan(Dataset.Problem.WithoutNation(nation), CurrentPlan, _options);

    /// <summary>What-if: the plan with one more pledge; the plan in force is unchanged.</summary>
    /// <param name="pledge">The added pledge.</param>
    /// <returns>The re-planned what-if.</returns>
    public PoolingPlan WhatIfPledged(Pledge pledge) => PoolingPlanner.Replan(Dataset.Problem.WithPledge(pledge), CurrentPlan, _options);

    /// <summary>The fairness analysis of the dataset in force.</summary>
    /// <returns>Shapley value, nucleolus and contribution shares.</returns>
    public FairShareReport FairShares() => FairShareAnalysis.Analyse(Dataset.Problem);
}
