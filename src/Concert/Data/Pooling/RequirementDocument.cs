namespace Concert.Data.Pooling;

/// <summary>One requirement of a project, as stored and as the API reads and writes it.</summary>
/// <param name="Id">A stable identifier ("GOA-ESCORT").</param>
/// <param name="AreaId">The operating area.</param>
/// <param name="Kind">Coverage, SurfacePresence or GroupTransitEscort.</param>
/// <param name="Capability">The one capability each counted unit must have.</param>
/// <param name="FirstWeek">The first week it runs.</param>
/// <param name="LastWeek">The last week it runs.</param>
/// <param name="UnitsPerWeek">Units needed on station each active week.</param>
/// <param name="RiskWeight">How much an uncovered unit-week matters, 1 to 10.</param>
/// <param name="GroupTransitWeeks">The weeks with a group transit, for an escort requirement.</param>
internal sealed record RequirementDocument(
    string Id,
    string AreaId,
    string Kind,
    string Capability,
    int FirstWeek,
    int LastWeek,
    int UnitsPerWeek,
    int RiskWeight,
    IReadOnlyList<int> GroupTransitWeeks);
