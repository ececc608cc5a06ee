using Concert.Pooling.Model;

namespace Concert.Pooling.Planning;

/// <summary>A requirement the plan cannot meet in consecutive weeks, by how much, and why.</summary>
/// <param name="RequirementId">The requirement.</param>
/// <param name="AreaId">Its area.</param>
/// <param name="Weeks">The weeks short (the same number of units short each week).</param>
/// <param name="UnitsShort">Units missing in each of those weeks.</param>
/// <param name="RiskWeight">The requirement's risk weight: uncovered risk is units × weeks × weight.</param>
/// <param name="Reason">Why no pledge fills the gap.</param>
public sealed record PlanShortfall(string RequirementId, string AreaId, WeekRange Weeks, int UnitsShort, int RiskWeight, string Reason)
{
    /// <summary>Risk-weighted unit-weeks left uncovered.</summary>
    public long UncoveredRisk => (long)UnitsShort * Weeks.Length * RiskWeight;
}
