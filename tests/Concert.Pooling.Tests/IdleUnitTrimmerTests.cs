using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>Trimming takes off station the units nothing needs and keeps every unit a requirement counts on.</summary>
public sealed class IdleUnitTrimmerTests
{
    [Fact]
    public void Dearer_surplus_unit_goes_and_the_needed_one_stays()
    {
        // One unit of presence a week; frigate and OPV both on station in weeks 1–4. The frigate (dearer) is
        // surplus and goes; the OPV then carries the requirement alone and stays.
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O")], [Presence()]);
        var index = new PlanningIndex(problem, null);
        var schedule = new Schedule(index.Groups.Length, 1, 4);
        int frigate = index.Groups.Single(group => group.Nation == Jpn).Index;
        int patrol = index.Groups.Single(group => group.Nation == Kor).Index;
        for (int week = 1; week <= 4; week++)
        {
            schedule[frigate, 0, week] = 1;
            schedule[patrol, 0, week] = 1;
        }

        IdleUnitTrimmer.Trim(index, schedule);

        Assert.Equal(0, schedule.TotalUnitWeeks(frigate));
        Assert.Equal(4, schedule.TotalUnitWeeks(patrol));
    }

    [Fact]
    public void Unit_outside_the_requirement_period_goes()
    {
        // Presence asked in weeks 1–2 only: the OPV's weeks 3–4 serve nothing.
        PoolingProblem problem = OneArea(4, [PatrolVessel(Kor, "O")], [Presence(1, 2)]);
        var index = new PlanningIndex(problem, null);
        var schedule = new Schedule(1, 1, 4);
        for (int week = 1; week <= 4; week++)
        {
            schedule[0, 0, week] = 1;
        }

        IdleUnitTrimmer.Trim(index, schedule);

        Assert.Equal([1, 1, 0, 0], Enumerable.Range(1, 4).Select(week => schedule[0, 0, week]));
    }
}
