using Concert.Pooling.Benchmarks;
using Concert.Pooling.Planning;
using FsCheck;
using FsCheck.Fluent;
using Google.OrTools.Sat;

namespace Concert.Pooling.Tests;

/// <summary>The Lagrangian bound read from any multipliers: never above the model's optimum, and at PDLP's duals
/// as good as the LP.</summary>
public sealed class LagrangianBoundTests
{
    /// <summary>min 3a + 2b + 4c with a + b ≥ 2, b + c ≥ 2, a + c ≤ 3, a, b, c in 0..2. Brute force over the 27
    /// points: b = 2 (cost 4) meets both rows alone, every other point costs more, so the optimum is 4.</summary>
    private static CpModelProto TinyModel()
    {
        var model = new CpModel();
        IntVar a = model.NewIntVar(0, 2, "a"), b = model.NewIntVar(0, 2, "b"), c = model.NewIntVar(0, 2, "c");
        model.Add(a + b >= 2);
        model.Add(b + c >= 2);
        model.Add(a + c <= 3);
        model.Minimize((3 * a) + (2 * b) + (4 * c));
        return model.Model;
    }

    [Fact]
    public void Tiny_models_optimum_is_four_by_brute_force()
    {
        long best = long.MaxValue;
        for (int a = 0; a <= 2; a++)
        {
            for (int b = 0; b <= 2; b++)
            {
                for (int c = 0; c <= 2; c++)
                {
                    if (a + b >= 2 && b + c >= 2 && a + c <= 3)
                    {
                        best = Math.Min(best, (3 * a) + (2 * b) + (4 * c));
                    }
                }
            }
        }

        Assert.Equal(4, best);
    }

    [Fact]
    public void Is_the_optimum_at_the_optimal_duals()
    {
        // The LP optimum is also 4 (b = 2); duals y = (0, 2, 0) on the two ≥ rows price b at 2 − 2 = 0, a at 3, c at
        // 2: the bound is 2 × 2 = 4.
        Assert.Equal(4, LagrangianBound.Of(TinyModel(), [0, 2, 0]), precision: 9);
    }

    [Fact]
    public void Is_zero_less_offsets_at_zero_multipliers()
    {
        // Every cost is positive and every variable can be 0: the bound with nothing priced is 0.
        Assert.Equal(0, LagrangianBound.Of(TinyModel(), [0, 0, 0]), precision: 9);
    }

    [Fact]
    public void Ignores_a_multiplier_on_the_unbounded_side_of_a_row()
    {
        // A positive multiplier on a ≤ row (its lower side is −∞) would add −∞; it is taken as zero instead.
        Assert.Equal(LagrangianBound.Of(TinyModel(), [0, 2, 0]), LagrangianBound.Of(TinyModel(), [0, 2, 5]), precision: 9);
    }

    [Fact]
    public void Refuses_multipliers_that_do_not_match_the_rows()
    {
        Assert.Throws<ArgumentException>(() => LagrangianBound.Of(TinyModel(), [1, 2]));
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Never_exceeds_the_brute_forced_optimum_at_any_multipliers() =>
        Prop.ForAll(
            Gen.Choose(-4000, 4000).Select(value => value / 1000.0).ArrayOf(3).ToArbitrary(),
            multipliers => LagrangianBound.Of(TinyModel(), multipliers) <= 4 + 1e-9);

    [Fact]
    public void At_pdlps_duals_is_the_lp_of_b0_seed_5s_cost_phase()
    {
        // docs/pooling.md: the cost phase's LP on B0 seed 5 is 35,238 k€ of asset cost with the rotation cover rows
        // (SCIP's LP here too; 34,689 without them, sixth session; 34,653 before the rotation limit per unit deployed).
        CpSatPoolingModel model = CostPhaseModels.AtLeastRisk(InstanceGenerator.Generate(BenchmarkTier.B0, 5), out long risk);
        CpModelProto costAtRisk = model.CostWithRiskAtMost(risk);
        using var simplex = new MipRun(costAtRisk, new HashSet<int>());
        double lp = simplex.Solve(30, 0, 0).Bound;

        LpRelaxation pdlp = PdlpRun.Solve(costAtRisk, 30, threads: 1);

        Assert.Equal(35238, lp, precision: 0);
        Assert.True(pdlp.Bound <= lp + 1e-6, $"PDLP's bound {pdlp.Bound} above the LP's optimum {lp}");
        Assert.True(pdlp.Bound >= lp * 0.999, $"PDLP's bound {pdlp.Bound} more than 0.1 % below the LP's optimum {lp}");
        Assert.Equal(costAtRisk.Variables.Count, pdlp.Values.Count);
    }
}
