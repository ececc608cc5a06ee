using System.Collections.Immutable;

namespace Concert.Pooling.Model;

/// <summary>What a project needs in one area: so many units with a capability on station in each week it is
/// active, every unit short weighted by the risk left uncovered.</summary>
/// <param name="Id">A stable identifier ("GOA-ESCORT").</param>
/// <param name="AreaId">The operating area.</param>
/// <param name="Kind">Coverage, surface presence or group-transit escort.</param>
/// <param name="Capability">The capability each counted unit must have (one flag).</param>
/// <param name="Period">The weeks the requirement runs.</param>
/// <param name="UnitsPerWeek">Units needed on station in each active week, at least 1.</param>
/// <param name="RiskWeight">How much an uncovered unit-week matters, 1 (low) to 10 (high).</param>
/// <param name="GroupTransitWeeks">For <see cref="RequirementKind.GroupTransitEscort"/>, the weeks with a group
/// transit (inside the period); empty otherwise.</param>
public sealed record Requirement(
    string Id,
    string AreaId,
    RequirementKind Kind,
    Capabilities Capability,
    WeekRange Period,
    int UnitsPerWeek,
    int RiskWeight,
    ImmutableArray<int> GroupTransitWeeks)
{
    /// <summary>The weeks units are needed: the group-transit weeks for an escort, every week of the period otherwise.</summary>
    public IEnumerable<int> ActiveWeeks =>
        Kind == RequirementKind.GroupTransitEscort
            ? GroupTransitWeeks.Where(Period.Contains).Distinct().Order()
            : Enumerable.Range(Period.First, Period.Length);

    /// <summary>A one-line description for explanations ("escort of group transits in GOA, 2 units").</summary>
    public string Describe() => Kind switch
    {
        RequirementKind.SurfacePresence => $"{Id}: surface presence in {AreaId}, {UnitsPerWeek} unit(s), {Period}, risk {RiskWeight}",
        RequirementKind.GroupTransitEscort => $"{Id}: escort of group transits in {AreaId}, {UnitsPerWeek} unit(s) in weeks {string.Join(", ", ActiveWeeks)}, risk {RiskWeight}",
        _ => $"{Id}: {Capability.ToString().ToLowerInvariant()} coverage in {AreaId}, {UnitsPerWeek} unit(s), {Period}, risk {RiskWeight}",
    };
}
