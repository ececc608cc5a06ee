namespace Concert.Pooling.Tests;

/// <summary>Splits a count of units on station per week into the weeks of single units that each keep a rotation
/// rule (at most M weeks on station in any window of M + R), by exhaustive search: the tests' own proof that a plan's
/// units can take turns as its deployments say, built without the planner's counting of reliefs.</summary>
/// <remarks>Week by week, every way of choosing which units are on station (units with the same recent weeks are
/// interchangeable, so only one of them is tried first), remembering the states from which no split exists.
/// Exponential in the number of units, so for test instances only.</remarks>
internal sealed class UnitSplit
{
    private readonly int[] _onStation;
    private readonly int _maxWeeks;
    private readonly int _recentMask;
    private readonly HashSet<string> _deadEnds = [];
    private readonly List<int>[] _weeksOf;

    private UnitSplit(int[] onStation, int units, int maxWeeks, int window)
    {
        _onStation = onStation;
        _maxWeeks = maxWeeks;
        _recentMask = (1 << (window - 1)) - 1;
        _weeksOf = [.. Enumerable.Range(0, units).Select(_ => new List<int>())];
    }

    /// <summary>The weeks on station of each of <paramref name="units"/> units, one place each a week, together on
    /// station <paramref name="onStation"/>[week] in each week 1..H (index 0 unused), each at most
    /// <paramref name="maxWeeks"/> weeks in any <paramref name="window"/> consecutive weeks; null when there is none.</summary>
    public static IReadOnlyList<IReadOnlyList<int>>? Of(int[] onStation, int units, int maxWeeks, int window)
    {
        ArgumentNullException.ThrowIfNull(onStation);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(window, 31);
        var split = new UnitSplit(onStation, units, maxWeeks, window);
        return split.Search(1, new int[units]) ? split._weeksOf : null;
    }

    /// <summary>Whether weeks <paramref name="week"/>.. can be split, each unit's weeks before it given as a bit mask
    /// of the last window − 1 weeks (bit 0: the week before).</summary>
    private bool Search(int week, int[] recent)
    {
        if (week == _onStation.Length)
        {
            return true;
        }

        string state = week + ":" + string.Join(',', recent.Order());
        if (_deadEnds.Contains(state))
        {
            return false;
        }

        // Units with room for one more week in the window ending this week, least loaded first.
        var free = Enumerable.Range(0, recent.Length)
            .Where(unit => int.PopCount(recent[unit]) < _maxWeeks)
            .OrderBy(unit => int.PopCount(recent[unit]))
            .ThenBy(unit => recent[unit])
            .ToArray();
        if (Choose(week, recent, free, 0, _onStation[week], []))
        {
            return true;
        }

        _deadEnds.Add(state);
        return false;
    }

    /// <summary>Chooses <paramref name="still"/> more units of <paramref name="free"/> from <paramref name="from"/> on,
    /// then searches the next week.</summary>
    private bool Choose(int week, int[] recent, int[] free, int from, int still, List<int> chosen)
    {
        if (still == 0)
        {
            var next = new int[recent.Length];
            for (int unit = 0; unit < recent.Length; unit++)
            {
                next[unit] = ((recent[unit] << 1) | (chosen.Contains(unit) ? 1 : 0)) & _recentMask;
            }

            if (!Search(week + 1, next))
            {
                return false;
            }

            chosen.ForEach(unit => _weeksOf[unit].Insert(0, week));
            return true;
        }

        for (int candidate = from; candidate <= free.Length - still; candidate++)
        {
            // A unit with the same recent weeks as the one skipped just before it gives the same states again.
            if (candidate > from && recent[free[candidate]] == recent[free[candidate - 1]])
            {
                continue;
            }

            chosen.Add(free[candidate]);
            bool found = Choose(week, recent, free, candidate + 1, still - 1, chosen);
            chosen.RemoveAt(chosen.Count - 1);
            if (found)
            {
                return true;
            }
        }

        return false;
    }
}
