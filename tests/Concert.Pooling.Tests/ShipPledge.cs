using System.Collections.Immutable;
using Concert.Pooling.Model;
using Concert.Sharing;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>One pledge of a <see cref="RotationCase"/>: so many frigates or patrol vessels of a nation.</summary>
/// <param name="Nation">The nation.</param>
/// <param name="Count">Units pledged.</param>
/// <param name="PatrolVessel">An offshore patrol vessel, else a frigate.</param>
/// <param name="CostPerDay">k€ a day.</param>
/// <param name="TransitDays">Days from home to A, B, C.</param>
internal sealed record ShipPledge(Trigraph Nation, int Count, bool PatrolVessel, int CostPerDay, int[] TransitDays)
{
    public Pledge ToPledge(string id, int weeks, string[] areas)
    {
        Pledge ship = PatrolVessel
            ? TestProblems.PatrolVessel(Nation, id, CostPerDay, last: weeks, count: Count)
            : Frigate(Nation, id, CostPerDay, last: weeks, count: Count);
        return ship with { TransitDays = areas.Select((area, position) => (area, position)).ToImmutableDictionary(pair => pair.area, pair => TransitDays[pair.position]) };
    }

    public override string ToString() =>
        $"{Count} × {Nation.Code} {(PatrolVessel ? "OPV" : "frigate")} at {CostPerDay}/day, transit {string.Join('/', TransitDays)} days";
}
