namespace Concert.Data.Pooling;

/// <summary>
/// The stored result of one planner run: its quality (objective, bound, gap), what goes where, what is short and who
/// bears what cost. Its label is the combination of the labels of the records it used, so a reader of the plan is
/// released every record the plan is made of.
/// </summary>
internal sealed class StoredPlan : ILabelledRecord
{
    /// <summary>The key; higher is newer.</summary>
    public long Id { get; set; }

    /// <summary>The key of the plan's (combined) label.</summary>
    public long LabelId { get; set; }

    /// <summary>When the planner ran (UTC).</summary>
    public DateTimeOffset Created { get; set; }

    /// <summary>The user name of the planner who asked for it.</summary>
    public required string Author { get; set; }

    /// <summary>The stored plan a what-if started from, or null for a plan of the records as they are.</summary>
    public long? BasePlanId { get; set; }

    /// <summary>The what-if in words ("JPN withdraws"), or null.</summary>
    public string? WhatIf { get; set; }

    /// <summary>How far the search went (<see cref="Concert.Pooling.Planning.PlanSolveStatus"/> by name).</summary>
    public required string Status { get; set; }

    /// <summary>Asset cost plus priced shortfall, in k€.</summary>
    public long Objective { get; set; }

    /// <summary>The proven lower bound, or null for a heuristic plan.</summary>
    public double? BestBound { get; set; }

    /// <summary>(objective − bound) / objective, or null for a heuristic plan.</summary>
    public double? RelativeGap { get; set; }

    /// <summary>Running and transit cost of the assigned units, in k€.</summary>
    public long AssetCost { get; set; }

    /// <summary>The priced shortfall, in k€.</summary>
    public long ShortfallPenalty { get; set; }

    /// <summary>The price of a unit-week short at risk weight 1, in k€.</summary>
    public long ShortfallPrice { get; set; }

    /// <summary>Share of the risk-weighted requirement covered, 0 to 1.</summary>
    public double Coverage { get; set; }

    /// <summary>Planning weeks.</summary>
    public int HorizonWeeks { get; set; }

    /// <summary>The search's time limit, in seconds.</summary>
    public double TimeLimitSeconds { get; set; }

    /// <summary>The wall-clock time the planner took, in milliseconds.</summary>
    public long SolveMilliseconds { get; set; }

    /// <summary>The input: the keys of the pledges (JSON array) the planner was given.</summary>
    public required string PledgeIdsJson { get; set; }

    /// <summary>The input: the keys of the funds pledges (JSON array).</summary>
    public required string FundsIdsJson { get; set; }

    /// <summary>The input: the keys of the projects (JSON array).</summary>
    public required string ProjectIdsJson { get; set; }

    /// <summary>Pledges added by what-ifs, which exist only in this plan (<see cref="PledgeDocument"/> list as JSON).</summary>
    public required string HypotheticalPledgesJson { get; set; }

    /// <summary>What goes where (<see cref="AssignmentDocument"/> list as JSON).</summary>
    public required string AssignmentsJson { get; set; }

    /// <summary>What is short (<see cref="ShortfallDocument"/> list as JSON).</summary>
    public required string ShortfallsJson { get; set; }

    /// <summary>Asset cost by nation in k€, as a JSON object.</summary>
    public required string CostByNationJson { get; set; }

    /// <summary>The plan in sentences (JSON array).</summary>
    public required string ExplanationJson { get; set; }

    /// <summary>The cost-share comparison (<see cref="CostSharesDocument"/> as JSON), kept once computed; null before.</summary>
    public string? CostSharesJson { get; set; }
}
