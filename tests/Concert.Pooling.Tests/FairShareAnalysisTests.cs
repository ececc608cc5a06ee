using Concert.Pooling.Fairness;
using Concert.Pooling.Model;
using static Concert.Pooling.Tests.TestProblems;

namespace Concert.Pooling.Tests;

/// <summary>The pooling cost game and its analysis on a problem small enough to check by hand.</summary>
public sealed class FairShareAnalysisTests
{
    [Fact]
    public void Pooling_game_values_are_the_coalitions_best_plans()
    {
        // Presence in weeks 1–4. JPN alone: frigate 4 × 700 = 2,800. KOR alone: OPV 4 × 280 = 1,120. Both: 1,120.
        // SGP pledges nothing useful (funds only): alone it buys all 4 weeks in at the shortfall price (701 each).
        var sgpFunds = new FundsPledge(Sgp, "P", 500, Unclassified);
        PoolingProblem problem = new(
            4,
            [new OperatingArea("A", "Area A")],
            [Frigate(Jpn, "F"), PatrolVessel(Kor, "O")],
            [sgpFunds],
            [new PoolingProject("P", "Project P", [Presence()], new RotationRule(4, 0), System.Collections.Immutable.ImmutableDictionary<Concert.Sharing.Trigraph, long>.Empty, Unclassified)]);

        FairShareReport report = FairShareAnalysis.Analyse(problem);

        Assert.Equal<Concert.Sharing.Trigraph>([Jpn, Kor, Sgp], report.Nations);
        Assert.Equal<double>([2800, 1120, 4 * 701], report.StandAloneCosts);
        Assert.Equal(1120, report.GrandCoalitionCost);
        Assert.True(report.ShapleyIsExact);
        Assert.Equal(7, report.CoalitionsPlanned);
        Assert.Equal(7, report.CoalitionsProvenOptimal);
        Assert.Equal(1120, report.Shapley.Values.Sum(), 6);
        Assert.NotNull(report.Nucleolus);
        Assert.Equal(1120, report.Nucleolus.Allocation.Sum(), 6);

        // KOR, whose OPV is the whole plan, is asked least; contribution shares give it the whole asset cost plus
        // SGP's funds in proportion (1,120 : 500).
        Assert.True(report.Shapley.Values[1] < report.Shapley.Values[0]);
        Assert.Equal(1120.0 / 1620, report.ContributionShares.Single(share => share.Nation == Kor).Fraction, 12);
    }

    [Fact]
    public void Nation_whose_pledges_serve_nothing_shares_the_plans_of_the_others()
    {
        // SGP pledges a frigate barred from area A by a caveat: a null player. Every coalition with SGP has the
        // value and the plan of the same coalition without it, and SGP is listed in it at no cost.
        var barred = Frigate(Sgp, "S", caveats: new NationalCaveats(["A"], Capabilities.None));
        PoolingProblem problem = OneArea(4, [Frigate(Jpn, "F"), PatrolVessel(Kor, "O"), barred], [Presence()]);

        PoolingGame game = PoolingGame.Build(problem, new PoolingGameOptions());

        const int jpn = 0b001, kor = 0b010, sgp = 0b100;
        Assert.Equal(game.Game.Value(jpn), game.Game.Value(jpn | sgp));
        Assert.Equal(game.Game.Value(jpn | kor), game.Game.Value(jpn | kor | sgp));
        Assert.Equal(4 * 701, game.Game.Value(sgp));
        Assert.Equal(0, game.PlanOf(jpn | sgp).CostByNation[Sgp]);
        Assert.Equal(2800, game.PlanOf(jpn | sgp).CostByNation[Jpn]);
        Assert.Equal(7, game.SolvedCoalitions);
        Assert.Equal(7, game.ProvenOptimalCoalitions);

        // Its only marginal cost is joining the empty coalition (v(∅) = 0), which a third of the orders do.
        Assert.Equal(4 * 701 / 3.0, ShapleyValue.Exact(game.Game)[2], 9);
    }
}
