using Concert.Maritime.Feeds;

namespace Concert.Maritime.Tests.Feeds;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void Each_wait_lies_between_half_its_ceiling_and_the_ceiling_which_doubles_up_to_the_maximum()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(7));
        double[] ceilings = [1, 2, 4, 8, 16, 30, 30, 30];

        foreach (double ceiling in ceilings)
        {
            double wait = backoff.NextDelay().TotalSeconds;
            Assert.InRange(wait, ceiling / 2, ceiling);
        }
        Assert.Equal(ceilings.Length, backoff.Failures);
    }

    [Fact]
    public void A_reset_starts_again_from_the_initial_wait()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(7));
        for (int i = 0; i < 10; i++)
        {
            backoff.NextDelay();
        }

        backoff.Reset();

        Assert.InRange(backoff.NextDelay().TotalSeconds, 0.5, 1);
    }

    [Fact]
    public void Waits_are_jittered_so_feeds_dropped_together_do_not_retry_together()
    {
        var shared = new Random(11);
        TimeSpan[] firstWaits = [.. Enumerable.Range(0, 20).Select(_ => new ReconnectBackoff(TimeSpan.FromSeconds(8), TimeSpan.FromMinutes(1), shared).NextDelay())];

        Assert.True(firstWaits.Distinct().Count() > 15);
    }

    [Fact]
    public void A_feed_down_for_days_waits_the_maximum_without_overflow()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1), new Random(3));
        TimeSpan last = TimeSpan.Zero;
        for (int i = 0; i < 10_000; i++)
        {
            last = backoff.NextDelay();
        }

        Assert.InRange(last, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1));
    }
}
