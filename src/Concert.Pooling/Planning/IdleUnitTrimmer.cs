namespace Concert.Pooling.Planning;

/// <summary>Takes off station every unit whose week there covers nothing that would otherwise be short: the coverage
/// phase's optimum is indifferent to such units and the MIP solver's plans carry many, but each costs its week and
/// sometimes a whole round trip, so the cost phase starts far from its optimum unless they go first.</summary>
/// <remarks>Only lowers counts, so capacity, rotation and budget caps (all upper limits) stay met, and no
/// requirement loses a unit it needs, so uncovered risk does not grow. Transit cost never grows either: a schedule's
/// deployments (<see cref="GroupDeployment"/>) are its peaks plus the reliefs its rotation windows need, and a
/// lower count lowers a peak (a relief may take its place, but at the project's cheapest round trip) or a window.</remarks>
internal static class IdleUnitTrimmer
{
    public static void Trim(PlanningIndex index, Schedule schedule)
    {
        // Rows by area, to check an area-week's requirements quickly.
        var rowsInArea = index.Requirements.ToLookup(row => row.AreaIndex);

        // Dearest first; within a group, the areas it visits least first, since emptying an area saves its round trip.
        var groups = Enumerable.Range(0, index.Groups.Length).OrderByDescending(index.WeeklyCost);
        foreach (int group in groups)
        {
            var areas = Enumerable.Range(0, index.AreaIds.Length)
                .OrderBy(area => Enumerable.Range(1, index.Weeks).Sum(week => schedule[group, area, week]));
            foreach (int area in areas)
            {
                for (int week = 1; week <= index.Weeks; week++)
                {
                    while (schedule[group, area, week] > 0 && !Needed(schedule, rowsInArea[area], group, area, week))
                    {
                        schedule[group, area, week]--;
                    }
                }
            }
        }

        GreedyPlanner.PutSymmetricGroupsInOrder(index, schedule);
    }

    /// <summary>Whether one unit fewer of the group would leave some active requirement of the area-week short.</summary>
    private static bool Needed(Schedule schedule, IEnumerable<RequirementRow> rows, int group, int area, int week) =>
        rows.Any(row => row.EligibleGroups.Contains(group)
            && row.ActiveWeeks.Contains(week)
            && row.EligibleGroups.Sum(eligible => schedule[eligible, area, week]) <= row.Requirement.UnitsPerWeek);
}
