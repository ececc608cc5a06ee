using System.Collections.Immutable;
using Concert.Pooling.Model;

namespace Concert.Pooling.Planning;

/// <summary>A requirement with what the planner needs at hand: its area's index, its active weeks, the groups
/// that may serve it and the price of one unit-week short.</summary>
internal sealed record RequirementRow(
    Requirement Requirement,
    int AreaIndex,
    ImmutableArray<int> ActiveWeeks,
    ImmutableArray<int> EligibleGroups,
    long ShortfallPricePerUnitWeek)
{
    /// <summary>Units missing in <paramref name="week"/> under <paramref name="schedule"/>: what the requirement needs
    /// less what its eligible groups have on station in its area, at least 0.</summary>
    public int UnitsShort(Schedule schedule, int week)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        int covered = 0;
        foreach (int group in EligibleGroups)
        {
            covered += schedule[group, AreaIndex, week];
        }

        return Math.Max(0, Requirement.UnitsPerWeek - covered);
    }
}
