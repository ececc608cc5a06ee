using Concert.Sharing;

namespace Concert.Pooling.Planning;

/// <summary>How hard and how long the planner searches, and how it prices what it cannot cover.</summary>
public sealed record PlannerOptions
{
    /// <summary>Wall-clock limit of one solve; the best plan found by then is returned with its bound.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Stop once (objective − bound) / objective is at most this; 0 asks for a proven optimum.</summary>
    public double RelativeGapTolerance { get; init; }

    /// <summary>CP-SAT search workers. Eight by default even on two cores: CP-SAT's portfolio needs its
    /// bound-proving workers (core, LNS, probing) to run beside the feasibility ones to close the gap.</summary>
    public int Workers { get; init; } = 8;

    /// <summary>Whether the MIP solvers OR-Tools ships (<see cref="MipRun"/>) work beside CP-SAT, in turns, each from the
    /// best plan so far, until one proves: on the coverage phase SCIP (half its time) then CP-SAT; on the cost phase
    /// SCIP's deployment relaxation and the schedule of its deployments (half), CP-SAT (a third of the rest, at most
    /// 3 s), SCIP (half the rest), CP-SAT. The plan is the best solution with the highest bound. On by default: SCIP
    /// proves coverage at once, its deployment relaxation proves most small plans' cost, and it closes the large tiers'
    /// transit gap where CP-SAT stalls. Off, CP-SAT alone solves both phases. HiGHS, the other MIP solver, works only
    /// where CP-SAT does not (<see cref="UseCpSat"/>).</summary>
    public bool UseScip { get; init; } = true;

    /// <summary>Whether CP-SAT works on the plan (on by default). Off, the MIP solvers alone solve each phase in one
    /// thread (the priced objective: SCIP's deployment relaxation, then HiGHS on the whole model): for many small plans
    /// at once, as a fairness analysis's coalition plans, where CP-SAT's start-up with its workers costs more than a MIP
    /// solver's whole proof (shapley6 seed 2: all 63 coalition plans proven in 2.2 s of processor time with SCIP alone,
    /// 44 in 9 s with CP-SAT's eight workers, 1 s each). Needs <see cref="UseScip"/>.</summary>
    public bool UseCpSat { get; init; } = true;

    /// <summary>The price of one unit-week short at risk weight 1, in k€, or null for automatic: just above the
    /// dearest unit-week any pledge supplies, so shortfall is chosen only when nothing can cover.</summary>
    public long? ShortfallPricePerRiskUnitWeek { get; init; }

    /// <summary>Coverage first (default) or one priced objective.</summary>
    public PlanningPriority Priority { get; init; } = PlanningPriority.CoverageFirst;

    /// <summary>Whether the greedy plan (or the previous plan on a re-plan) is given to CP-SAT as a hint.</summary>
    public bool WarmStart { get; init; } = true;

    /// <summary>Whether interchangeable groups of different nations are ordered by use.</summary>
    public bool BreakSymmetry { get; init; } = true;

    /// <summary>Above this many model variables the cost phase is planned from its LP (PDLP's bound, then a plan within
    /// the LP's deployments): B3 has 16,682–32,498, B0–B2 at most 2,630, where the whole model's turns prove or come
    /// within 0.2 %. Internal: tests set it to 0 to plan small problems the large tier's way.</summary>
    internal int LpCostPhaseAboveVariables { get; init; } = 10_000;

    /// <summary>CP-SAT's random seed, for repeatable runs.</summary>
    public int RandomSeed { get; init; }

    /// <summary>Dated community membership used to combine the pledges' labels into the plan's label.</summary>
    public CommunityRegistry Registry { get; init; } = CommunityRegistry.Default;

    /// <summary>The clock that dates the plan's label.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
