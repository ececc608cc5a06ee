using System.Collections.Immutable;
using Concert.Pooling.Model;

namespace Concert.Pooling.Planning;

/// <summary>The units one pledge group deploys to one project's areas under a schedule, and the round trips they
/// cost, as the planning model counts them at its least: per area at least the most on station there in any week,
/// and together enough units for the rotation rule — in any window of M + R weeks the group's unit-weeks on station
/// in the project are at most M per unit deployed there.</summary>
/// <remarks>Units the rotation needs beyond the areas' peaks (reliefs: two units taking turns on one station both
/// sail) are deployed to the project area the group reaches with the cheapest round trip, which is where the model's
/// least transit cost puts them. Each relief's round trip is charged to the week the rotation first needs it, in a
/// project area where the group is on station that week (there is one: a window's sum only exceeds every earlier
/// one when its last week has units on station), so the charges of a schedule's runs add up to its transit cost.</remarks>
internal sealed class GroupDeployment
{
    private readonly long[,] _transitCharged;

    private GroupDeployment(ImmutableArray<int> areas, int[] units, long[,] transitCharged, long transitCost)
    {
        Areas = areas;
        Units = [.. units];
        _transitCharged = transitCharged;
        TransitCost = transitCost;
    }

    /// <summary>The project's areas, by index.</summary>
    public ImmutableArray<int> Areas { get; }

    /// <summary>Units deployed to each of <see cref="Areas"/> (same positions).</summary>
    public ImmutableArray<int> Units { get; }

    /// <summary>The round trips of all those units, in k€.</summary>
    public long TransitCost { get; }

    /// <summary>The transit cost charged to the group's run in the area at <paramref name="position"/> of
    /// <see cref="Areas"/> in <paramref name="week"/>: the new peak's round trips and the reliefs first needed then.</summary>
    public long TransitCharged(int position, int week) => _transitCharged[position, week];

    /// <summary>The least deployment of <paramref name="group"/> to <paramref name="areas"/> (the areas of a project
    /// under <paramref name="rotation"/>) that <paramref name="schedule"/> needs.</summary>
    public static GroupDeployment Of(PlanningIndex index, Schedule schedule, int group, ImmutableArray<int> areas, RotationRule rotation)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(rotation);
        int weeks = index.Weeks;
        var transit = areas.Select(area => index.TransitCost(group, area)).ToArray();
        var charged = new long[areas.Length, weeks + 1];
        var peak = new int[areas.Length];
        var onStation = new int[weeks + 1];
        for (int position = 0; position < areas.Length; position++)
        {
            for (int week = 1; week <= weeks; week++)
            {
                int units = schedule[group, areas[position], week];
                onStation[week] += units;
                if (units > peak[position])
                {
                    charged[position, week] += (units - peak[position]) * transit[position];
                    peak[position] = units;
                }
            }
        }

        int relief = ReliefPosition(index, group, areas, transit);

        // Units the rotation needs by each week: the most unit-weeks in a window ending by then, over M, rounded up.
        int window = Math.Min(rotation.WindowWeeks, weeks);
        int peaks = peak.Sum(), neededBefore = 0, inWindow = 0, reliefs = 0;
        for (int week = 1; week <= weeks && relief >= 0; week++)
        {
            inWindow += onStation[week] - (week > window ? onStation[week - window] : 0);
            int needed = Math.Max(neededBefore, (inWindow + rotation.MaxWeeksOnStation - 1) / rotation.MaxWeeksOnStation);
            int arriving = Math.Max(0, needed - Math.Max(peaks, neededBefore));
            if (arriving > 0)
            {
                int runArea = Enumerable.Range(0, areas.Length).First(position => schedule[group, areas[position], week] > 0);
                charged[runArea, week] += arriving * transit[relief];
                reliefs += arriving;
            }

            neededBefore = needed;
        }

        if (relief >= 0)
        {
            peak[relief] += reliefs;
        }

        long transitCost = Enumerable.Range(0, areas.Length).Sum(position => peak[position] * transit[position]);
        return new GroupDeployment(areas, peak, charged, transitCost);
    }

    /// <summary>Where the group's reliefs deploy: the position in <paramref name="areas"/> of the cheapest round trip
    /// (<paramref name="transit"/>, same positions) among the areas the group can be on station in, the first of
    /// equals; −1 where it can be on station in none.</summary>
    internal static int ReliefPosition(PlanningIndex index, int group, ImmutableArray<int> areas, long[] transit)
    {
        int relief = -1;
        for (int position = 0; position < areas.Length; position++)
        {
            if (index.OnStation[group, areas[position]] is not null && (relief < 0 || transit[position] < transit[relief]))
            {
                relief = position;
            }
        }

        return relief;
    }
}
