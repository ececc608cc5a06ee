using Concert.Pooling.Model;
using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>Valid inequalities that make a single unit rest in its project's rotation unless it is deployed to another
/// project: in any window of project p, its weeks on station anywhere are at most M<sub>p</sub> plus, for each area
/// outside p, min(W<sub>p</sub> − M<sub>p</sub>, its weeks there in the window) × its deployment there.</summary>
/// <remarks>
/// <para>Why: the rotation rule is per project, and a unit is in one place a week; the LP keeps a single unit on station
/// every week, M<sub>p</sub> of W<sub>p</sub> weeks in one project and the rest in another at a fraction of a deployment
/// there, so it pays a fraction of a round trip for weeks a whole deployment gives it (B1 seed 4: a frigate with a free
/// round trip to one project, on station 6 of 7 weeks there and the seventh in another at a quarter of a deployment,
/// 1,560 k€ a round trip; docs/pooling.md, eighth session, h81). A single unit's deployments are whole, so a quarter of
/// one buys no rest week.</para>
/// <para>Validity: Σ<sub>w ∈ window</sub> Σ<sub>a</sub> x<sub>g,a,w</sub> ≤ M<sub>p</sub> + Σ<sub>a ∉ p</sub> min(W<sub>p</sub> − M<sub>p</sub>, k<sub>a</sub>)·d<sub>g,a</sub>,
/// the left side over every area the unit may be on station in during the window, k<sub>a</sub> its weeks on station
/// possible in area a then. The unit is on station at most W<sub>p</sub> weeks of the window in all (one place a week),
/// at most M<sub>p</sub> in p's areas (the model's count row of the window, M × its one unit), and at most
/// k<sub>a</sub>·d<sub>g,a</sub> in an area a outside p (x ≤ d); its deployments are 0 or 1. Where one of them with
/// k<sub>a</sub> ≥ W<sub>p</sub> − M<sub>p</sub> is 1 the right side is at least W<sub>p</sub>; otherwise the weeks outside p
/// are at most Σ k<sub>a</sub>·d<sub>g,a</sub>, the right side's sum. Every plan meets the row, whole schedule or not: it
/// holds for the deployment relaxation. Not made where the unit has a free round trip to an area outside p it can be on
/// station in during the window (it may be there at no cost).</para>
/// </remarks>
internal static class RestWeekRows
{
    /// <summary>The rows, for every single-unit group, project and rotation window of that project in which the unit
    /// may be on station in the project more than M weeks and also elsewhere; kept apart from the model, for the bound
    /// models only.</summary>
    /// <param name="index">The indexed problem.</param>
    /// <param name="onStation">A group's on-station variable in an area and week, or null where it cannot be there.</param>
    /// <param name="deployedToArea">A group's deployment variable in an area, or null where it deploys there for nothing.</param>
    public static IReadOnlyList<ConstraintProto> Rows(PlanningIndex index, Func<int, int, int, IntVar?> onStation, Func<int, int, IntVar?> deployedToArea)
    {
        var rows = new List<ConstraintProto>();
        for (int project = 0; project < index.Problem.Projects.Length; project++)
        {
            RotationRule rotation = index.Problem.Projects[project].Rotation;
            int window = Math.Min(rotation.WindowWeeks, index.Weeks);
            int rest = window - rotation.MaxWeeksOnStation;
            if (rest <= 0)
            {
                continue;
            }

            foreach (PledgeGroup group in index.Groups.Where(group => group.Count == 1))
            {
                for (int start = 1; start + window - 1 <= index.Weeks; start++)
                {
                    if (Row(index, onStation, deployedToArea, group.Index, project, start, window, rotation.MaxWeeksOnStation) is { } row)
                    {
                        rows.Add(row);
                    }
                }
            }
        }

        return rows;
    }

    /// <summary>The row of one window, or null where it says nothing the model does not (the unit cannot work more than
    /// M weeks of the window in the project, or cannot be elsewhere then) or where it is void (a free area elsewhere).</summary>
    private static ConstraintProto? Row(
        PlanningIndex index, Func<int, int, int, IntVar?> onStation, Func<int, int, IntVar?> deployedToArea, int group, int project, int start, int window, int maxWeeks)
    {
        var inProject = new List<IntVar>();
        var projectWeeks = new HashSet<int>();
        var elsewhere = new List<IntVar>();
        var deployedElsewhere = new List<(IntVar Units, int Weeks)>();
        for (int area = 0; area < index.AreaIds.Length; area++)
        {
            var weeks = Enumerable.Range(start, window).Where(week => onStation(group, area, week) is not null).ToList();
            if (weeks.Count == 0)
            {
                continue;
            }

            var units = weeks.Select(week => onStation(group, area, week)!);
            if (index.ProjectIndexOfArea[area] == project)
            {
                inProject.AddRange(units);
                projectWeeks.UnionWith(weeks);
                continue;
            }

            if (deployedToArea(group, area) is not { } deployed)
            {
                return null;
            }

            elsewhere.AddRange(units);
            deployedElsewhere.Add((deployed, weeks.Count));
        }

        if (projectWeeks.Count <= maxWeeks || elsewhere.Count == 0)
        {
            return null;
        }

        var row = new LinearConstraintProto();
        foreach (IntVar onStationUnits in inProject.Concat(elsewhere))
        {
            row.Vars.Add(onStationUnits.Index);
            row.Coeffs.Add(1);
        }

        foreach ((IntVar deployed, int weeks) in deployedElsewhere)
        {
            row.Vars.Add(deployed.Index);
            row.Coeffs.Add(-Math.Min(window - maxWeeks, weeks));
        }

        row.Domain.Add(long.MinValue);
        row.Domain.Add(maxWeeks);
        return new ConstraintProto { Linear = row };
    }
}
