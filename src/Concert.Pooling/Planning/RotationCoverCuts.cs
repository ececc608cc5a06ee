using Concert.Pooling.Model;
using Google.OrTools.Sat;

namespace Concert.Pooling.Planning;

/// <summary>Valid inequalities that round the units a requirement needs over a span of weeks up to whole units
/// deployed: the rotation lets one unit be on station at most c(T) of any T consecutive weeks, so a requirement
/// needing <c>demand</c> unit-weeks in those T weeks needs ⌈demand / c(T)⌉ units deployed among the groups that
/// may serve it, less what shortfalls and groups with a free round trip cover.</summary>
/// <remarks>
/// <para>Why: the cost phase's LP smears units (docs/pooling.md, "What makes the benchmark instances hard"): a requirement
/// needing a unit every week of a 6-week window under a 4-of-6 rule is served there by 1.5 units deployed, each paying
/// its fraction of a round trip, where every plan deploys 2. These rows give the LP, and SCIP's deployment relaxation
/// at every node, that rounding.</para>
/// <para>Validity: a group's units on station in its project's areas in a week number at most the units it deploys
/// there (Σ d over those areas, as every x ≤ its area's d), and in any W = M + R weeks at most M unit-weeks per unit
/// deployed; by Baum and Trotter such a count schedule splits into that many unit schedules that each obey the rule, and
/// one unit is on station at most c(T) = ⌊T / W⌋·M + min(M, T mod W) of any T consecutive weeks. So over a span of the
/// requirement's active weeks, its unit-weeks from a counted group are at most c(T) × the group's deployments to the
/// project (a relief may be charged to another project area than the one it relieves), from a single-unit group at
/// most min(c(T), its weeks there) × its deployment to the requirement's area (one unit is never relieved, and the
/// count limit holds it to M in any window), and from a group with a free round trip at most c(T) × its count. Summed
/// over the requirement's coverage rows: Σ<sub>j</sub> a<sub>j</sub>·y<sub>j</sub> + Σ s ≥ demand − c(T)·F, with y the
/// deployments, s the shortfalls and F the free groups' units. Its mixed-integer rounding, scaled by
/// ρ = demand mod c(T) &gt; 0, is Σ<sub>j</sub> (ρ·⌊a<sub>j</sub> / c(T)⌋ + min(ρ, a<sub>j</sub> mod c(T)))·y<sub>j</sub>
/// + Σ s ≥ ρ·(⌈demand / c(T)⌉ − F). It needs no whole shortfalls and no whole schedule, so it holds for the deployment
/// relaxation too, and it cuts no plan off.</para>
/// </remarks>
internal static class RotationCoverCuts
{
    /// <summary>The rows, for every requirement and every first week of a span, of the shortest span that needs each
    /// number of deployed units beyond what one week needs (the week's own row, d ≥ x, already gives that), over the
    /// model's variables; kept apart from the model, for the bound models only.</summary>
    /// <param name="index">The indexed problem.</param>
    /// <param name="deployedToProject">A group's deployment variables in a project's areas, or null where it deploys
    /// there for nothing.</param>
    /// <param name="deployedToArea">A group's deployment variable in an area, or null where it deploys there for
    /// nothing.</param>
    /// <param name="shortUnits">The shortfall variable of each requirement row and active week.</param>
    public static IReadOnlyList<ConstraintProto> Rows(
        PlanningIndex index,
        Func<int, int, IReadOnlyList<IntVar>?> deployedToProject,
        Func<int, int, IntVar?> deployedToArea,
        IReadOnlyDictionary<(int Row, int Week), IntVar> shortUnits)
    {
        var rows = new List<ConstraintProto>();
        for (int row = 0; row < index.Requirements.Length; row++)
        {
            RequirementRow requirement = index.Requirements[row];
            int project = index.ProjectIndexOfArea[requirement.AreaIndex];
            RotationRule rotation = index.Problem.Projects[project].Rotation;
            int needed = requirement.Requirement.UnitsPerWeek;
            var active = requirement.ActiveWeeks.Where(week => shortUnits.ContainsKey((row, week))).ToArray();
            for (int first = 0; first < active.Length; first++)
            {
                int demand = 0, roundedBefore = needed;
                for (int last = first; last < active.Length; last++)
                {
                    demand += needed;
                    int span = active[last] - active[first] + 1;
                    int perUnit = UnitWeeksPerUnit(rotation, Math.Min(span, index.Weeks), index.Weeks);
                    int units = (demand + perUnit - 1) / perUnit;
                    if (units > roundedBefore && demand % perUnit != 0)
                    {
                        int[] weeks = active[first..(last + 1)];
                        if (Row(index, deployedToProject, deployedToArea, shortUnits, row, project, weeks, perUnit) is { } cut)
                        {
                            rows.Add(cut);
                        }
                    }

                    roundedBefore = Math.Max(roundedBefore, units);
                }
            }
        }

        return rows;
    }

    /// <summary>The most weeks one unit spends on station in <paramref name="span"/> consecutive weeks of a horizon
    /// of <paramref name="weeks"/> under the rotation rule (the model's window is the horizon where it is shorter).</summary>
    internal static int UnitWeeksPerUnit(RotationRule rotation, int span, int weeks)
    {
        int window = Math.Min(rotation.WindowWeeks, weeks);
        return (span / window * rotation.MaxWeeksOnStation) + Math.Min(rotation.MaxWeeksOnStation, span % window);
    }

    /// <summary>The row of one span, or null where the groups with a free round trip already hold enough units.</summary>
    private static ConstraintProto? Row(
        PlanningIndex index,
        Func<int, int, IReadOnlyList<IntVar>?> deployedToProject,
        Func<int, int, IntVar?> deployedToArea,
        IReadOnlyDictionary<(int Row, int Week), IntVar> shortUnits,
        int row,
        int project,
        int[] weeks,
        int perUnit)
    {
        RequirementRow requirement = index.Requirements[row];
        int area = requirement.AreaIndex;
        int demand = weeks.Length * requirement.Requirement.UnitsPerWeek;
        int remainder = demand % perUnit;
        var terms = new Dictionary<IntVar, long>();
        int free = 0;
        foreach (int group in requirement.EligibleGroups)
        {
            int available = weeks.Count(week => index.CanBeOnStation(group, area, week));
            if (available == 0)
            {
                continue;
            }

            int count = index.Groups[group].Count;
            IntVar? here = deployedToArea(group, area);
            if (here is null)
            {
                free += count;
            }
            else if (count == 1)
            {
                Add(terms, here, Rounded(Math.Min(perUnit, available), perUnit, remainder));
            }
            else if (deployedToProject(group, project) is { } inProject)
            {
                foreach (IntVar units in inProject)
                {
                    Add(terms, units, remainder);
                }
            }
            else
            {
                free += count;
            }
        }

        long unitsNeeded = (demand / perUnit) + 1 - free;
        if (unitsNeeded <= 0)
        {
            return null;
        }

        var cut = new LinearConstraintProto();
        foreach ((IntVar units, long coefficient) in terms)
        {
            cut.Vars.Add(units.Index);
            cut.Coeffs.Add(coefficient);
        }

        foreach (int week in weeks)
        {
            cut.Vars.Add(shortUnits[(row, week)].Index);
            cut.Coeffs.Add(1);
        }

        cut.Domain.Add(remainder * unitsNeeded);
        cut.Domain.Add(long.MaxValue);
        return new ConstraintProto { Linear = cut };
    }

    /// <summary>The mixed-integer rounding of a term worth <paramref name="unitWeeks"/> per unit, scaled by ρ.</summary>
    private static long Rounded(int unitWeeks, int perUnit, int remainder) =>
        ((long)remainder * (unitWeeks / perUnit)) + Math.Min(remainder, unitWeeks % perUnit);

    private static void Add(Dictionary<IntVar, long> terms, IntVar units, long coefficient) =>
        terms[units] = terms.GetValueOrDefault(units) + coefficient;
}
