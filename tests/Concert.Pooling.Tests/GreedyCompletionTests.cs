using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The greedy planner completing a plan carried over to a changed problem (a what-if's start), where weeks
/// after the one it fills may already have units on station.</summary>
public sealed class GreedyCompletionTests
{
    [Fact]
    public void Filling_a_gap_before_a_carried_spell_keeps_every_rotation_window()
    {
        // One frigate, at most 4 weeks on station in any 6, presence weeks 1–8. The carried plan has it on station
        // weeks 5–8 (the nation that held weeks 1–4 withdrew). Week 1 fits (the window 1–6 holds 1, 5, 6), and week 2
        // (1–6 holds 1, 2, 5, 6; 2–7 holds 2, 5, 6, 7); weeks 3 and 4 would put a fifth week in the window 1–6 (week 4
        // in 3–8 too), so they stay short. Checking only the window ending in the week filled (the greedy planner
        // before the sixth session) took weeks 3 and 4 as well: 8 weeks running.
        PoolingProblem problem = OneArea(8, [Frigate(Jpn, "F", last: 8)], [Presence(1, 8)], new RotationRule(4, 2));
        var index = new PlanningIndex(problem, null);
        var carried = new Schedule(1, 1, 8);
        for (int week = 5; week <= 8; week++)
        {
            carried[0, 0, week] = 1;
        }

        Schedule completed = GreedyPlanner.Build(index, carried);
        PoolingPlan plan = PlanEvaluator.Evaluate(index, completed, PlanSolveStatus.Heuristic, null, TimeSpan.Zero, new PlannerOptions());

        Assert.Equal<int>([1, 1, 0, 0, 1, 1, 1, 1], [.. Enumerable.Range(1, 8).Select(week => completed[0, 0, week])]);
        PlanRules.AssertHardRules(problem, plan);
        RoundTripAudit.AssertEveryUnitThatSailsPaysOneRoundTrip(problem, plan);
    }
}
