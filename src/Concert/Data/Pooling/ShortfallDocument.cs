namespace Concert.Data.Pooling;

/// <summary>A requirement the plan cannot meet over consecutive weeks, by how much and why.</summary>
/// <param name="RequirementId">The requirement.</param>
/// <param name="AreaId">Its area.</param>
/// <param name="FirstWeek">The first week short.</param>
/// <param name="LastWeek">The last week short.</param>
/// <param name="UnitsShort">Units missing each of those weeks.</param>
/// <param name="RiskWeight">The requirement's risk weight.</param>
/// <param name="UncoveredRisk">Risk-weighted unit-weeks left uncovered.</param>
/// <param name="Reason">Why no pledge fills the gap.</param>
internal sealed record ShortfallDocument(
    string RequirementId, string AreaId, int FirstWeek, int LastWeek, int UnitsShort, int RiskWeight, long UncoveredRisk, string Reason);
