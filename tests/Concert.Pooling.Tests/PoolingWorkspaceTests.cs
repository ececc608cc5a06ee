using Concert.Pooling.Hosting;
using Concert.Pooling.Planning;
using Concert.Sharing;
using Microsoft.Extensions.DependencyInjection;

namespace Concert.Pooling.Tests;

/// <summary>The host-facing workspace and its registration.</summary>
public sealed class PoolingWorkspaceTests
{
    private static readonly PlannerOptions Quick = new() { TimeLimit = TimeSpan.FromSeconds(2), RelativeGapTolerance = 0.02 };

    [Fact]
    public void Registration_provides_a_workspace_on_the_reference_dataset()
    {
        using ServiceProvider provider = new ServiceCollection().AddConcertPooling(options => options.Planner = Quick).BuildServiceProvider();

        PoolingWorkspace workspace = provider.GetRequiredService<PoolingWorkspace>();

        Assert.Same(workspace, provider.GetRequiredService<PoolingWorkspace>());
        Assert.Contains(workspace.Dataset.Problem.Projects, project => project.Id == "ECS");
    }

    [Fact]
    public void What_if_leaves_the_plan_in_force_unchanged()
    {
        var workspace = new PoolingWorkspace(Concert.Pooling.Dataset.PoolingDataset.LoadReference(), Quick);
        PoolingPlan current = workspace.CurrentPlan;

        PoolingPlan withdrawn = workspace.WhatIfWithdrawn(Trigraph.Parse("FRA"));

        Assert.DoesNotContain(withdrawn.Assignments, assignment => assignment.Nation.Code == "FRA");
        Assert.Same(current, workspace.CurrentPlan);
        Assert.Equal(current.ShortfallPricePerRiskUnitWeek, withdrawn.ShortfallPricePerRiskUnitWeek);
    }
}
