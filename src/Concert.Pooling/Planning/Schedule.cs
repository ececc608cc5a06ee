namespace Concert.Pooling.Planning;

/// <summary>Units of each group on station in each area and week: the decision the planners make.</summary>
internal sealed class Schedule
{
    private readonly int[,,] _units;

    public Schedule(int groups, int areas, int weeks)
    {
        Groups = groups;
        Areas = areas;
        Weeks = weeks;
        _units = new int[groups, areas, weeks + 2];
    }

    public int Groups { get; }

    public int Areas { get; }

    public int Weeks { get; }

    /// <summary>Units of <paramref name="group"/> in <paramref name="area"/> in <paramref name="week"/> (1-based;
    /// weeks 0 and past the horizon read as zero).</summary>
    public int this[int group, int area, int week]
    {
        get => _units[group, area, week];
        set => _units[group, area, week] = value;
    }

    /// <summary>Units of the group on station anywhere in the week.</summary>
    public int OnStationAnywhere(int group, int week)
    {
        int total = 0;
        for (int area = 0; area < Areas; area++)
        {
            total += _units[group, area, week];
        }

        return total;
    }

    /// <summary>Swaps the whole schedules of two groups (used to put interchangeable groups in canonical order).</summary>
    public void Swap(int first, int second)
    {
        for (int area = 0; area < Areas; area++)
        {
            for (int week = 1; week <= Weeks; week++)
            {
                (_units[first, area, week], _units[second, area, week]) = (_units[second, area, week], _units[first, area, week]);
            }
        }
    }

    /// <summary>Unit-weeks of the group in the whole horizon.</summary>
    public int TotalUnitWeeks(int group)
    {
        int total = 0;
        for (int area = 0; area < Areas; area++)
        {
            for (int week = 1; week <= Weeks; week++)
            {
                total += _units[group, area, week];
            }
        }

        return total;
    }
}
