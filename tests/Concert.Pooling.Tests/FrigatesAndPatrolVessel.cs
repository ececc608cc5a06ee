using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The hand-checked case with transit: presence in weeks 1–6 of 8, at most 3 weeks on station in any 4; two
/// frigates at 700 k€ a week with a week's transit each way (on station weeks 2–7, a round trip of 1,400 each) and an
/// OPV at 280 a week with none (weeks 1–6).</summary>
/// <remarks>The optimum, nothing short: the OPV covers weeks 1–3 and 5–6 (1,400; four weeks running would break the
/// rule), one frigate week 4 (700 + 1,400): 3,500. A dearer plan that also covers every week: one frigate on station
/// in each of weeks 2–7, the two taking turns (6 × 700 + 2 × 1,400), the OPV week 1 (280): 7,280.</remarks>
internal static class FrigatesAndPatrolVessel
{
    public const long Optimum = 3500;

    public const long FrigatesTakingTurns = (6 * 700) + (2 * 1400) + 280;

    public static PoolingProblem Problem { get; } = OneArea(
        8,
        [Frigate(Jpn, "F", transitDays: 7, first: 1, last: 8, count: 2), PatrolVessel(Kor, "O", first: 1, last: 6)],
        [Presence(first: 1, last: 6)],
        new RotationRule(3, 1));

    /// <summary>The dearer plan (<see cref="FrigatesTakingTurns"/>) as the solution of <paramref name="model"/>, for its
    /// objective as set, with that schedule fixed (SCIP, proven).</summary>
    public static SolveOutcome FrigatesTakingTurnsIn(PlanningIndex index, CpSatPoolingModel model)
    {
        int frigates = index.Groups.Single(group => group.Representative.AssetType == AssetType.DestroyerOrFrigate).Index;
        int patrolVessel = index.Groups.Single(group => group.Representative.AssetType == AssetType.OffshorePatrolVessel).Index;
        var schedule = new Schedule(index.Groups.Length, index.AreaIds.Length, index.Weeks);
        for (int week = 2; week <= 7; week++)
        {
            schedule[frigates, 0, week] = 1;
        }

        schedule[patrolVessel, 0, 1] = 1;
        model.Hint(schedule);
        var fixedSchedule = model.Model.Model.Clone();
        foreach ((int variable, long value) in fixedSchedule.SolutionHint.Vars.Zip(fixedSchedule.SolutionHint.Values))
        {
            fixedSchedule.Variables[variable].Domain.Clear();
            fixedSchedule.Variables[variable].Domain.Add(value);
            fixedSchedule.Variables[variable].Domain.Add(value);
        }

        using var scip = new MipRun(fixedSchedule);
        SolveOutcome plan = scip.Solve(10, 0, 0);
        Assert.True(plan.Proven);
        Assert.Equal(FrigatesTakingTurns, PlanEvaluator.Evaluate(index, model.Read(plan.Values), PlanSolveStatus.Feasible, bound: null, TimeSpan.Zero, new()).AssetCost);
        return plan;
    }
}
