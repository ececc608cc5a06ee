using System.Collections.Immutable;
using Concert.Pooling.Model;

namespace Concert.Pooling.Planning;

/// <summary>A requirement with what the planner needs at hand: its area's index, its active weeks, the groups
/// that may serve it and the price of one unit-week short.</summary>
internal sealed record RequirementRow(
    Requirement Requirement,
    int AreaIndex,
    ImmutableArray<int> ActiveWeeks,
    ImmutableArray<int> EligibleGroups,
    long ShortfallPricePerUnitWeek);
