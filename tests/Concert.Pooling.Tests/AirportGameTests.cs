using Concert.Pooling.Fairness;

namespace Concert.Pooling.Tests;

/// <summary>The airport game: the closed form of Littlechild and Owen (1973) against hand values and the engine.</summary>
public sealed class AirportGameTests
{
    [Fact]
    public void Closed_form_splits_each_runway_segment_among_those_who_need_it()
    {
        // Needs 10, 20, 20, 50: the first 10 is shared by 4 (2.5 each), the next 10 by 3 (3⅓ each), the last 30
        // by the largest alone.
        double[] shares = AirportGame.ShapleyClosedForm([20, 10, 50, 20]);

        Assert.Equal(2.5 + (10.0 / 3), shares[0], 12);
        Assert.Equal(2.5, shares[1], 12);
        Assert.Equal(2.5 + (10.0 / 3) + 30, shares[2], 12);
        Assert.Equal(shares[0], shares[3], 12);
        Assert.Equal(50, shares.Sum(), 12);
    }

    [Theory]
    [InlineData(new double[] { 5 })]
    [InlineData(new double[] { 3, 9 })]
    [InlineData(new double[] { 12, 4, 30, 30, 7, 18, 25, 1 })]
    public void Exact_shapley_engine_agrees_with_the_closed_form(double[] needs)
    {
        double[] engine = ShapleyValue.Exact(AirportGame.Create(needs));
        double[] closedForm = AirportGame.ShapleyClosedForm(needs);

        for (int player = 0; player < needs.Length; player++)
        {
            Assert.Equal(closedForm[player], engine[player], 9);
        }
    }
}
