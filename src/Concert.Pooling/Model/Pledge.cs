using System.Collections.Immutable;
using Concert.Sharing;

namespace Concert.Pooling.Model;

/// <summary>Assets a nation offers to the pool: how many identical units of one type, when, at what cost, from
/// where, and under which national caveats.</summary>
/// <param name="Id">A stable identifier ("JPN-DD-1").</param>
/// <param name="Nation">The pledging nation.</param>
/// <param name="AssetType">The kind of asset.</param>
/// <param name="Capabilities">What each unit can do on station.</param>
/// <param name="Count">Number of identical units pledged, at least 1.</param>
/// <param name="Availability">The weeks the units are at the pool's disposal, transit included.</param>
/// <param name="CostPerDay">Running cost of one unit for one day, in thousands of euros (k€).</param>
/// <param name="HomePort">The port or air base the units deploy from.</param>
/// <param name="TransitDays">Days of transit from the home port to each area the units can reach; an area
/// missing here cannot be reached.</param>
/// <param name="Caveats">National caveats.</param>
/// <param name="Label">Who may see the pledge.</param>
public sealed record Pledge(
    string Id,
    Trigraph Nation,
    AssetType AssetType,
    Capabilities Capabilities,
    int Count,
    WeekRange Availability,
    int CostPerDay,
    string HomePort,
    ImmutableDictionary<string, int> TransitDays,
    NationalCaveats Caveats,
    ConfidentialityLabel Label)
{
    /// <summary>The weeks a unit can be on station in <paramref name="areaId"/>: the availability window less the
    /// whole weeks of transit there at its start and back at its end; null when the area cannot be reached,
    /// is excluded by a caveat, or the transit leaves no week on station.</summary>
    /// <param name="areaId">An operating area.</param>
    /// <returns>The on-station weeks, or null.</returns>
    public WeekRange? OnStationWeeks(string areaId)
    {
        if (Caveats.ExcludesArea(areaId) || !TransitDays.TryGetValue(areaId, out int days))
        {
            return null;
        }

        int transitWeeks = (days + 6) / 7;
        int first = Availability.First + transitWeeks;
        int last = Availability.Last - transitWeeks;
        return last >= first ? new WeekRange(first, last) : null;
    }

    /// <summary>Whether a unit may be counted for a requirement: it has the capability, no caveat forbids the task or
    /// the area, and surface presence is asked only of surface combatants and patrol vessels.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <returns>True when eligible.</returns>
    public bool CanServe(Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        return (Capabilities & requirement.Capability) == requirement.Capability
            && (Caveats.ExcludedTasks & requirement.Capability) == Capabilities.None
            && (requirement.Kind != RequirementKind.SurfacePresence || AssetType.IsSurfaceCombatantOrPatrol())
            && !Caveats.ExcludesArea(requirement.AreaId);
    }

    /// <summary>Cost of one unit on station for one week, in k€.</summary>
    public long WeeklyCost => 7L * CostPerDay;

    /// <summary>Cost of one deployment of one unit to <paramref name="areaId"/> and back, in k€ (zero when unreachable).</summary>
    /// <param name="areaId">An operating area.</param>
    /// <returns>The round-trip transit cost.</returns>
    public long RoundTripTransitCost(string areaId) =>
        TransitDays.TryGetValue(areaId, out int days) ? 2L * days * CostPerDay : 0;

    /// <summary>A canonical text of everything but identity, count and label: pledges with the same key are
    /// interchangeable and the planner counts them together.</summary>
    internal string InterchangeKey =>
        string.Join(
            '|',
            Nation.Code,
            AssetType,
            (int)Capabilities,
            Availability.First,
            Availability.Last,
            CostPerDay,
            string.Join(',', TransitDays.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => $"{entry.Key}={entry.Value}")),
            Caveats.Key);
}
