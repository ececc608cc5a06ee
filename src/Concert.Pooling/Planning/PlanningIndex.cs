using System.Collections.Immutable;
using Concert.Pooling.Model;
using Concert.Sharing;

namespace Concert.Pooling.Planning;

/// <summary>The problem indexed for planning: pledge groups, areas by index, each group's on-station weeks per
/// area, and requirement rows. Built once per solve and shared by the greedy planner, the CP-SAT model and the
/// evaluator, so all three read the same rules.</summary>
internal sealed class PlanningIndex
{
    public PlanningIndex(PoolingProblem problem, long? shortfallPricePerRiskUnitWeek)
    {
        Problem = problem;
        Weeks = problem.HorizonWeeks;
        AreaIds = [.. problem.Areas.Select(area => area.Id)];
        Groups =
        [
            .. problem.Pledges
                .GroupBy(pledge => pledge.InterchangeKey, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select((group, index) => new PledgeGroup(index, [.. group.OrderBy(pledge => pledge.Id, StringComparer.Ordinal)])),
        ];
        ProjectOfArea = [.. AreaIds.Select(problem.ProjectOwning)];
        ProjectIndexOfArea = [.. ProjectOfArea.Select(owner => problem.Projects.IndexOf(owner!, ReferenceEqualityComparer.Instance))];

        // A unit goes to an area only where it can serve some requirement and can be on station.
        OnStation = new WeekRange?[Groups.Length, AreaIds.Length];
        foreach (PledgeGroup group in Groups)
        {
            for (int area = 0; area < AreaIds.Length; area++)
            {
                string areaId = AreaIds[area];
                bool useful = ProjectOfArea[area] is { } project
                    && project.Requirements.Any(requirement => requirement.AreaId == areaId && group.Representative.CanServe(requirement));
                OnStation[group.Index, area] = useful ? group.Representative.OnStationWeeks(areaId) : null;
            }
        }

        ShortfallPricePerRiskUnitWeek = shortfallPricePerRiskUnitWeek ?? AutomaticShortfallPrice();
        Requirements =
        [
            .. problem.Projects.SelectMany(project => project.Requirements).Select(requirement =>
            {
                int area = AreaIds.IndexOf(requirement.AreaId);
                return new RequirementRow(
                    requirement,
                    area,
                    [.. requirement.ActiveWeeks],
                    [.. Groups.Where(group => OnStation[group.Index, area] is not null && group.Representative.CanServe(requirement)).Select(group => group.Index)],
                    ShortfallPricePerRiskUnitWeek * requirement.RiskWeight);
            }),
        ];
    }

    public PoolingProblem Problem { get; }

    public int Weeks { get; }

    public ImmutableArray<string> AreaIds { get; }

    public ImmutableArray<PledgeGroup> Groups { get; }

    public ImmutableArray<PoolingProject?> ProjectOfArea { get; }

    /// <summary>The index in <see cref="PoolingProblem.Projects"/> of the project owning each area (−1 for none).</summary>
    public ImmutableArray<int> ProjectIndexOfArea { get; }

    public WeekRange?[,] OnStation { get; }

    public ImmutableArray<RequirementRow> Requirements { get; }

    /// <summary>The price of one unit-week short at risk weight 1, in k€.</summary>
    public long ShortfallPricePerRiskUnitWeek { get; }

    public bool CanBeOnStation(int group, int area, int week) => OnStation[group, area] is { } weeks && weeks.Contains(week);

    public long WeeklyCost(int group) => Groups[group].Representative.WeeklyCost;

    public long TransitCost(int group, int area) => Groups[group].Representative.RoundTripTransitCost(AreaIds[area]);

    /// <summary>The cap on <paramref name="nation"/>'s spending on the project owning <paramref name="area"/>, or null.</summary>
    public long? BudgetCap(int area, Trigraph nation) =>
        ProjectOfArea[area] is { } project && project.BudgetCaps.TryGetValue(nation, out long cap) ? cap : null;

    /// <summary>Groups that differ only in nation, where no budget cap tells those nations apart: any plan stays
    /// as good when two of them swap schedules, so the model may require them in order of use.</summary>
    public IEnumerable<ImmutableArray<int>> SymmetricGroupChains()
    {
        var capped = Problem.Projects.SelectMany(project => project.BudgetCaps.Keys).ToHashSet();
        return Groups
            .Where(group => !capped.Contains(group.Nation))
            .GroupBy(group => group.SymmetryKey, StringComparer.Ordinal)
            .Where(chain => chain.Count() > 1)
            .Select(chain => chain.Select(group => group.Index).Order().ToImmutableArray());
    }

    /// <summary>Indices of the areas owned by each project, in project order.</summary>
    public ImmutableArray<ImmutableArray<int>> AreasByProject =>
    [
        .. Problem.Projects.Select(project =>
            Enumerable.Range(0, AreaIds.Length).Where(area => ReferenceEquals(ProjectOfArea[area], project)).ToImmutableArray()),
    ];

    /// <summary>Above the dearest unit-week any group can supply (a week on station plus a round trip), so the
    /// planner leaves a requirement short only when no unit can cover it: shortfall is a last resort.</summary>
    private long AutomaticShortfallPrice()
    {
        long dearest = 0;
        foreach (PledgeGroup group in Groups)
        {
            for (int area = 0; area < AreaIds.Length; area++)
            {
                if (OnStation[group.Index, area] is not null)
                {
                    dearest = Math.Max(dearest, WeeklyCost(group.Index) + TransitCost(group.Index, area));
                }
            }
        }

        return dearest + 1;
    }
}
