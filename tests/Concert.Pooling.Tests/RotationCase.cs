using System.Collections.Immutable;
using Concert.Pooling.Model;
using Concert.Sharing;
using FsCheck;
using FsCheck.Fluent;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>A small generated problem where units must take turns on station: surface presence every week in one to
/// three areas (A and B in one project, C in a second one with its own rule), a tight rotation rule, and a few pledges
/// of one to three ships with a round trip to each area. Small enough that the planner proves it in a fraction of a
/// second.</summary>
/// <param name="Weeks">The horizon.</param>
/// <param name="Rotation">The rule of the project of A and B.</param>
/// <param name="SecondRotation">The rule of the project of C.</param>
/// <param name="UnitsPerArea">Presence needed per week in A, B, C (as many areas as entries).</param>
/// <param name="Pledges">The ships.</param>
internal sealed record RotationCase(int Weeks, RotationRule Rotation, RotationRule SecondRotation, int[] UnitsPerArea, ShipPledge[] Pledges)
{
    private static readonly Trigraph[] Nations = [Jpn, Kor, Sgp];

    private static readonly string[] AreaIds = ["A", "B", "C"];

    /// <summary>Cases of 6–12 weeks, rotation 1–5 weeks on station and 1–3 off, 1–3 areas, 1–3 pledges.</summary>
    public static Arbitrary<RotationCase> Arbitrary { get; } =
        (from weeks in Gen.Choose(6, 12)
         from rotation in RotationRules
         from secondRotation in RotationRules
         from areas in Gen.Choose(1, 3)
         from units in Gen.Choose(1, 2).ArrayOf(areas)
         from pledgeCount in Gen.Choose(1, 3)
         from pledges in Ship(areas).ArrayOf(pledgeCount)
         select new RotationCase(weeks, rotation, secondRotation, units, pledges)).ToArbitrary();

    private static Gen<RotationRule> RotationRules =>
        from onStation in Gen.Choose(1, 5)
        from rest in Gen.Choose(1, 3)
        select new RotationRule(onStation, rest);

    /// <summary>The problem: the pledges are available the whole horizon, so transit cuts whole weeks off each end.</summary>
    public PoolingProblem Problem
    {
        get
        {
            var areas = AreaIds.Take(UnitsPerArea.Length).ToArray();
            var pledges = Pledges.Select((ship, number) => ship.ToPledge($"S{number + 1}", Weeks, areas));
            var projects = new List<PoolingProject>
            {
                Project("P1", areas.Take(2), Rotation),
            };
            if (areas.Length == 3)
            {
                projects.Add(Project("P2", ["C"], SecondRotation));
            }

            return new PoolingProblem(Weeks, [.. areas.Select(area => new OperatingArea(area, $"Area {area}"))], pledges, [], projects);
        }
    }

    public override string ToString() =>
        $"{Weeks} weeks, P1 {Rotation.MaxWeeksOnStation} in {Rotation.WindowWeeks}, P2 {SecondRotation.MaxWeeksOnStation} in {SecondRotation.WindowWeeks}, " +
        $"presence {string.Join('/', UnitsPerArea)}, pledges {string.Join("; ", Pledges.Select(ship => ship.ToString()))}";

    private PoolingProject Project(string id, IEnumerable<string> areas, RotationRule rotation) =>
        new(
            id,
            $"Project {id}",
            [.. areas.Select(area => new Requirement($"{area}-PRES", area, RequirementKind.SurfacePresence, Capabilities.Presence, new WeekRange(1, Weeks), UnitsPerArea[Array.IndexOf(AreaIds, area)], 1, []))],
            rotation,
            ImmutableDictionary<Trigraph, long>.Empty,
            Unclassified);

    private static Gen<ShipPledge> Ship(int areas) =>
        from nation in Gen.Choose(0, Nations.Length - 1)
        from count in Gen.Choose(1, 3)
        from patrolVessel in Gen.Elements(true, false)
        from costPerDay in Gen.Choose(30, 160)
        from transitDays in Gen.Choose(0, 10).ArrayOf(areas)
        select new ShipPledge(Nations[nation], count, patrolVessel, costPerDay, transitDays);
}
