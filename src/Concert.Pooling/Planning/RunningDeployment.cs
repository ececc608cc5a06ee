using System.Collections.Immutable;
using Concert.Pooling.Model;

namespace Concert.Pooling.Planning;

/// <summary>One group's deployment to one project's areas, counted as <see cref="GroupDeployment"/> counts it (the
/// peak on station per area, plus the reliefs the rotation windows need at the cheapest round trip), kept up to date
/// while the greedy planner adds units one at a time.</summary>
/// <remarks>Why: the greedy planner prices every candidate unit by the round trips it adds. Recounting the group's
/// whole deployment for each candidate cost a pass over every area and week of the project (B3's greedy plan took
/// twice as long with rotation reliefs priced); here one more unit changes its area's peak and the sums of the
/// windows containing its week only, so its price is a pass over one window. The total is the closed form of
/// <see cref="GroupDeployment"/>'s week-by-week count: its reliefs add up to the most units any window needs less
/// the peaks' total, when that is positive.</remarks>
internal sealed class RunningDeployment
{
    private readonly long[] _transit;
    private readonly int _relief;
    private readonly int _maxWeeksOnStation;
    private readonly int _window;
    private readonly int _weeks;
    private readonly int[,] _units;
    private readonly int[] _peak;
    private readonly int[] _inWindowEnding;
    private int _peaks;
    private long _peaksTransit;
    private int _needed;

    /// <summary>The deployment <paramref name="schedule"/> already makes of <paramref name="group"/> to
    /// <paramref name="areas"/>, the areas of a project under <paramref name="rotation"/>.</summary>
    public RunningDeployment(PlanningIndex index, Schedule schedule, int group, ImmutableArray<int> areas, RotationRule rotation)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(rotation);
        _weeks = index.Weeks;
        _window = Math.Min(rotation.WindowWeeks, _weeks);
        _maxWeeksOnStation = rotation.MaxWeeksOnStation;
        _transit = [.. areas.Select(area => index.TransitCost(group, area))];
        _relief = GroupDeployment.ReliefPosition(index, group, areas, _transit);
        _units = new int[areas.Length, _weeks + 1];
        _peak = new int[areas.Length];
        _inWindowEnding = new int[_weeks + 1];
        for (int position = 0; position < areas.Length; position++)
        {
            for (int week = 1; week <= _weeks; week++)
            {
                for (int unit = 0; unit < schedule[group, areas[position], week]; unit++)
                {
                    Add(position, week);
                }
            }
        }
    }

    /// <summary>The round trips of the units deployed, in k€ (<see cref="GroupDeployment.TransitCost"/>).</summary>
    public long TransitCost => Cost(_peaksTransit, _peaks, _needed);

    /// <summary>The most unit-weeks of the group on station in the project in any rotation window that holds
    /// <paramref name="week"/> (windows are counted from week 1 before the first whole one): one more unit that week
    /// must keep room in all of them, not only in the window ending then, because a plan carried over to a what-if
    /// has units in later weeks too.</summary>
    public int MostUnitWeeksInAWindowWith(int week)
    {
        int most = 0;
        for (int end = week; end <= Math.Min(_weeks, week + _window - 1); end++)
        {
            most = Math.Max(most, _inWindowEnding[end]);
        }

        return most;
    }

    /// <summary>What <see cref="TransitCost"/> would be with one more unit on station in the area at
    /// <paramref name="position"/> of the project's areas in <paramref name="week"/>.</summary>
    public long TransitCostWithOneMore(int position, int week)
    {
        bool newPeak = _units[position, week] == _peak[position];
        int needed = Math.Max(_needed, UnitsFor(MostUnitWeeksInAWindowWith(week) + 1));

        return newPeak
            ? Cost(_peaksTransit + _transit[position], _peaks + 1, needed)
            : Cost(_peaksTransit, _peaks, needed);
    }

    /// <summary>Puts one more unit on station in the area at <paramref name="position"/> in <paramref name="week"/>.</summary>
    public void Add(int position, int week)
    {
        if (++_units[position, week] > _peak[position])
        {
            _peak[position]++;
            _peaks++;
            _peaksTransit += _transit[position];
        }

        for (int end = week; end <= Math.Min(_weeks, week + _window - 1); end++)
        {
            _needed = Math.Max(_needed, UnitsFor(++_inWindowEnding[end]));
        }
    }

    /// <summary>Units that keep <paramref name="unitWeeks"/> in one window within the rotation rule.</summary>
    private int UnitsFor(int unitWeeks) => (unitWeeks + _maxWeeksOnStation - 1) / _maxWeeksOnStation;

    private long Cost(long peaksTransit, int peaks, int needed) =>
        _relief < 0 ? peaksTransit : peaksTransit + (Math.Max(0, needed - peaks) * _transit[_relief]);
}
