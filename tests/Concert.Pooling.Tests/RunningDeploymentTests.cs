using Concert.Pooling.Planning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Concert.Pooling.Tests;

/// <summary>The greedy planner's running count of a deployment (<see cref="RunningDeployment"/>) is the count of the
/// whole schedule (<see cref="GroupDeployment"/>) after every unit it adds, and its price of one more unit is the
/// recount's with that unit; the fullest rotation window it reports around a week is the schedule's.</summary>
public sealed class RunningDeploymentTests
{
    /// <summary>Units added one at a time: (group, area, week), each taken modulo the case's count of them.</summary>
    private static Arbitrary<(RotationCase Case, (int Group, int Area, int Week)[] Additions)> CasesWithAdditions { get; } =
        (from instance in RotationCase.Arbitrary.Generator
         from additions in Addition.ArrayOf()
         select (instance, additions)).ToArbitrary();

    private static Gen<(int Group, int Area, int Week)> Addition =>
        from pledgeGroup in Gen.Choose(0, 99)
        from area in Gen.Choose(0, 99)
        from week in Gen.Choose(0, 99)
        select (pledgeGroup, area, week);

    [Property(MaxTest = 200)]
    public Property Prices_one_more_unit_as_the_recount_does() =>
        Prop.ForAll(CasesWithAdditions, generated =>
        {
            var index = new PlanningIndex(generated.Case.Problem, null);
            var schedule = new Schedule(index.Groups.Length, index.AreaIds.Length, index.Weeks);
            var areasByProject = index.AreasByProject;
            var running = new RunningDeployment[index.Groups.Length, areasByProject.Length];
            for (int project = 0; project < areasByProject.Length; project++)
            {
                for (int group = 0; group < index.Groups.Length; group++)
                {
                    running[group, project] = new RunningDeployment(index, schedule, group, areasByProject[project], index.Problem.Projects[project].Rotation);
                }
            }

            foreach ((int pickGroup, int pickArea, int pickWeek) in generated.Additions)
            {
                // Anywhere the group can be on station, with no regard to capacity or rotation: the count must hold
                // for any schedule, not only for the greedy planner's.
                int group = pickGroup % index.Groups.Length;
                int area = pickArea % index.AreaIds.Length;
                int week = 1 + (pickWeek % index.Weeks);
                if (!index.CanBeOnStation(group, area, week))
                {
                    continue;
                }

                int project = Enumerable.Range(0, areasByProject.Length).Single(owner => areasByProject[owner].Contains(area));
                int position = areasByProject[project].IndexOf(area);
                long priced = running[group, project].TransitCostWithOneMore(position, week);
                schedule[group, area, week]++;
                running[group, project].Add(position, week);

                Assert.Equal(Recount(index, schedule, group, project), priced);
                Assert.Equal(priced, running[group, project].TransitCost);

                // The fullest rotation window holding each week (from week 1 before a whole window) in the project.
                int window = Math.Min(index.Problem.Projects[project].Rotation.WindowWeeks, index.Weeks);
                for (int held = 1; held <= index.Weeks; held++)
                {
                    int fullest = Enumerable.Range(held, Math.Min(index.Weeks, held + window - 1) - held + 1).Max(end =>
                        Enumerable.Range(Math.Max(1, end - window + 1), Math.Min(end, window)).Sum(w =>
                            areasByProject[project].Sum(projectArea => schedule[group, projectArea, w])));
                    Assert.Equal(fullest, running[group, project].MostUnitWeeksInAWindowWith(held));
                }
            }

            // Built from the finished schedule, it counts what was added one at a time.
            for (int project = 0; project < areasByProject.Length; project++)
            {
                for (int group = 0; group < index.Groups.Length; group++)
                {
                    var rebuilt = new RunningDeployment(index, schedule, group, areasByProject[project], index.Problem.Projects[project].Rotation);
                    Assert.Equal(Recount(index, schedule, group, project), rebuilt.TransitCost);
                    Assert.Equal(running[group, project].TransitCost, rebuilt.TransitCost);
                }
            }
        });

    private static long Recount(PlanningIndex index, Schedule schedule, int group, int project) =>
        GroupDeployment.Of(index, schedule, group, index.AreasByProject[project], index.Problem.Projects[project].Rotation).TransitCost;
}
