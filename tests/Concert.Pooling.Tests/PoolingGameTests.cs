using Concert.Pooling.Benchmarks;
using Concert.Pooling.Fairness;
using Concert.Pooling.Model;
using Concert.Pooling.Planning;
using Concert.Sharing;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The pooling game's shortcuts — SCIP alone on coalition plans, plans passed to coalitions that hold their
/// used nations, bounds passed down from super-coalitions, re-solves within a budget — give the values of planning
/// every coalition on its own.</summary>
public sealed class PoolingGameTests
{
    public static TheoryData<int> Seeds => [1, 2];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Game_values_equal_every_coalition_planned_on_its_own_by_cp_sat(int seed)
    {
        PoolingProblem problem = InstanceGenerator.Generate(Small, seed);
        var defaults = new PoolingGameOptions();

        PoolingGame game = PoolingGame.Build(problem, defaults with { CoalitionPlanner = defaults.CoalitionPlanner with { TimeLimit = TimeSpan.FromSeconds(20) } });

        PlannerOptions alone = CpSatAlone(problem);
        Assert.Equal(15, game.ProvenOptimalCoalitions);
        for (int coalition = 1; coalition <= game.Game.GrandCoalition; coalition++)
        {
            PoolingPlan own = PoolingPlanner.Plan(problem.RestrictedTo(Members(game, coalition)), alone);
            Assert.True(own.IsProvenOptimal);
            Assert.Equal(own.Objective, game.Game.Value(coalition));
            Assert.Equal(0, game.ValueUncertainty(coalition));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_budgeted_analysis_reported_exact_equals_every_coalition_planned_on_its_own(int seed)
    {
        // Under a budget the first pass proves the single nations and gives every other coalition its LP bound and the
        // plan of its LP's deployments rounded up, and the re-solves finish the proofs: an analysis that says it is
        // exact must give the plain enumeration's values.
        PoolingProblem problem = InstanceGenerator.Generate(Small, seed);

        PoolingGame game = PoolingGame.Build(problem, new PoolingGameOptions { TimeBudget = TimeSpan.FromSeconds(120) });

        Assert.Equal(15, game.ProvenOptimalCoalitions);
        PlannerOptions alone = CpSatAlone(problem);
        for (int coalition = 1; coalition <= game.Game.GrandCoalition; coalition++)
        {
            PoolingPlan own = PoolingPlanner.Plan(problem.RestrictedTo(Members(game, coalition)), alone);
            Assert.True(own.IsProvenOptimal);
            Assert.Equal(own.Objective, game.Game.Value(coalition));
            Assert.Equal(0, game.ValueUncertainty(coalition));
        }
    }

    [Fact]
    public void The_turn_log_holds_every_solver_run_with_a_plan_above_its_bound_and_values_only_fall_after_it()
    {
        PoolingProblem problem = InstanceGenerator.Generate(Small, 1);

        PoolingGame game = PoolingGame.Build(problem, new PoolingGameOptions { TimeBudget = TimeSpan.FromSeconds(0.5) });

        Assert.Equal(game.SolverRuns, game.Turns.Count);
        Assert.NotEmpty(game.Turns);
        foreach (CoalitionTurn turn in game.Turns)
        {
            Assert.True(turn.Bound <= turn.Objective + 1e-6, $"coalition {turn.Coalition}: bound {turn.Bound} above plan {turn.Objective}");
            Assert.True(turn.Limit <= TimeSpan.FromSeconds(0.5), $"coalition {turn.Coalition}: a turn of {turn.Limit} in a budget of 0.5 s");
            Assert.True(game.Game.Value(turn.Coalition) <= turn.Objective, $"coalition {turn.Coalition}: value above a plan found for it");
            Assert.True(!turn.Proven || game.ValueUncertainty(turn.Coalition) == 0, $"coalition {turn.Coalition}: proven by a turn, uncertain after");
        }
    }

    [Fact]
    public void Within_a_gap_tolerance_each_value_is_that_close_to_its_optimum_and_its_uncertainty_says_how_close()
    {
        const double tolerance = 0.01;
        PoolingProblem problem = InstanceGenerator.Generate(Small, 1);
        var defaults = new PoolingGameOptions();

        PoolingGame game = PoolingGame.Build(problem, defaults with
        {
            TimeBudget = TimeSpan.FromSeconds(120),
            CoalitionPlanner = defaults.CoalitionPlanner with { RelativeGapTolerance = tolerance },
        });

        Assert.Equal(15, game.ProvenOptimalCoalitions);
        PlannerOptions alone = CpSatAlone(problem);
        for (int coalition = 1; coalition <= game.Game.GrandCoalition; coalition++)
        {
            double optimum = PoolingPlanner.Plan(problem.RestrictedTo(Members(game, coalition)), alone).Objective;
            double value = game.Game.Value(coalition), uncertainty = game.ValueUncertainty(coalition);
            Assert.InRange(value, optimum, optimum * (1 + tolerance));
            Assert.InRange(uncertainty, value - optimum, tolerance * value);
        }
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(1.0)]
    public void Under_a_short_budget_every_value_and_its_uncertainty_bracket_the_optimum(double budgetSeconds)
    {
        // Whatever the budget reached — root-node turns, LP bounds, greedy plans with a super-coalition's bound — each
        // value is a plan's and each value less its uncertainty a proven bound.
        PoolingProblem problem = InstanceGenerator.Generate(Small, 1);

        PoolingGame game = PoolingGame.Build(problem, new PoolingGameOptions { TimeBudget = TimeSpan.FromSeconds(budgetSeconds) });

        PlannerOptions alone = CpSatAlone(problem);
        for (int coalition = 1; coalition <= game.Game.GrandCoalition; coalition++)
        {
            double optimum = PoolingPlanner.Plan(problem.RestrictedTo(Members(game, coalition)), alone).Objective;
            double value = game.Game.Value(coalition);
            Assert.InRange(optimum, value - game.ValueUncertainty(coalition), value);
        }
    }

    [Fact]
    public void The_lp_bound_is_below_the_optimum_and_near_it()
    {
        PoolingProblem problem = InstanceGenerator.Generate(Small, 1);
        PlannerOptions alone = CpSatAlone(problem);

        double bound = PricedLpBound.Of(problem, alone, seconds: 30);
        PoolingPlan optimal = PoolingPlanner.Plan(problem, alone);

        Assert.True(optimal.IsProvenOptimal);
        Assert.InRange(bound, 0.95 * optimal.Objective, optimal.Objective);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_plan_of_the_lp_deployments_rounded_up_and_the_lp_bound_bracket_every_coalitions_optimum(int seed)
    {
        PoolingProblem problem = InstanceGenerator.Generate(Small, seed);
        PlannerOptions alone = CpSatAlone(problem);
        Trigraph[] nations = [.. problem.Nations];

        for (int coalition = 1; coalition < 1 << nations.Length; coalition++)
        {
            PoolingProblem own = problem.RestrictedTo(nations.Where((_, player) => (coalition & (1 << player)) != 0));
            (double bound, PoolingPlan? plan) = PricedLpBound.WithRoundedPlan(own, alone, seconds: 30);
            PoolingPlan optimal = PoolingPlanner.Plan(own, alone);

            Assert.True(optimal.IsProvenOptimal);
            Assert.NotNull(plan);
            Assert.InRange(bound, 0.95 * optimal.Objective, optimal.Objective);
            Assert.InRange(plan.Objective, optimal.Objective, 1.05 * optimal.Objective);
        }
    }

    [Fact]
    public void Coalitions_holding_the_nations_a_proven_plan_uses_need_no_solver()
    {
        // Presence in weeks 1–4: KOR's OPV (4 × 280 = 1,120) is the cheapest; SGP's (4 × 420 = 1,680) and JPN's
        // frigate (2,800) are dearer. The single nations are solved first, then the grand coalition, whose plan uses
        // KOR alone: {JPN, KOR} and {KOR, SGP} hold KOR, whose plan the grand coalition's bound proves. {JPN, SGP}'s
        // best known plan (SGP's, 1,680) is above that bound, so it is solved: five solver runs (one at a time).
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O"), PatrolVessel(Sgp, "S", costPerDay: 60)], [Presence()]);

        PoolingGame game = PoolingGame.Build(problem, new PoolingGameOptions { Parallelism = 1 });

        const int jpn = 0b001, kor = 0b010, sgp = 0b100;
        Assert.Equal(5, game.SolverRuns);
        Assert.Equal(7, game.ProvenOptimalCoalitions);
        Assert.All([jpn | kor, kor | sgp, kor, jpn | kor | sgp], coalition => Assert.Equal(1120, game.Game.Value(coalition)));
        Assert.Equal(1680, game.Game.Value(jpn | sgp));
        Assert.Equal(1680, game.Game.Value(sgp));
        Assert.Equal(2800, game.Game.Value(jpn));

        // The grand plan as {KOR, SGP}'s: its members only, SGP at no cost.
        Assert.Equal(new Dictionary<Trigraph, long> { [Kor] = 1120, [Sgp] = 0 }, game.PlanOf(kor | sgp).CostByNation);
    }

    [Fact]
    public void A_time_budget_changes_nothing_once_every_coalition_is_proven()
    {
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O"), PatrolVessel(Sgp, "S", costPerDay: 60)], [Presence()]);

        PoolingGame plain = PoolingGame.Build(problem, new PoolingGameOptions { Parallelism = 1 });
        PoolingGame budgeted = PoolingGame.Build(problem, new PoolingGameOptions { Parallelism = 1, TimeBudget = TimeSpan.FromSeconds(30) });

        // The budgeted first pass gives the coalitions their LP bound and the plan of the LP's deployments, which meet
        // where the LP is tight: proven without a solver, so no more runs than the plain pass.
        Assert.Equal(ShapleyValue.Exact(plain.Game), ShapleyValue.Exact(budgeted.Game));
        Assert.Equal(7, budgeted.ProvenOptimalCoalitions);
        Assert.InRange(budgeted.SolverRuns, 1, plain.SolverRuns);
    }

    [Fact]
    public void Beyond_the_exact_limit_coalitions_are_planned_as_the_game_asks()
    {
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O"), PatrolVessel(Sgp, "S", costPerDay: 60)], [Presence()]);

        PoolingGame upFront = PoolingGame.Build(problem, new PoolingGameOptions());
        PoolingGame onDemand = PoolingGame.Build(problem, new PoolingGameOptions { ExactNationLimit = 2 });

        Assert.Equal(0, onDemand.SolvedCoalitions);
        Assert.Equal(upFront.Game.Value(0b011), onDemand.Game.Value(0b011));
        Assert.Equal(1, onDemand.SolvedCoalitions);
        Assert.Equal(ShapleyValue.Exact(upFront.Game), ShapleyValue.Exact(onDemand.Game));
    }

    [Fact]
    public void A_planner_without_either_solver_is_refused()
    {
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F")], [Presence()]);

        Assert.Throws<ArgumentException>(() => PoolingPlanner.Plan(problem, new PlannerOptions { UseScip = false, UseCpSat = false }));
    }

    /// <summary>The plain enumeration's planner: each coalition's own problem, the priced objective at the pool's
    /// price, CP-SAT alone.</summary>
    private static PlannerOptions CpSatAlone(PoolingProblem problem) => new()
    {
        TimeLimit = TimeSpan.FromSeconds(30),
        UseScip = false,
        Priority = PlanningPriority.PricedShortfall,
        ShortfallPricePerRiskUnitWeek = PoolingPlanner.AutomaticShortfallPrice(problem),
    };

    private static IEnumerable<Trigraph> Members(PoolingGame game, int coalition) =>
        game.Nations.Where((_, player) => (coalition & (1 << player)) != 0);
}
