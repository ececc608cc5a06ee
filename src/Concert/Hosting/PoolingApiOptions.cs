namespace Concert.Hosting;

/// <summary>Settings of the pooling API (section <c>Concert:Pooling</c>).</summary>
internal sealed class PoolingApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Concert:Pooling";

    /// <summary>Wall-clock time for all the coalition plans of a plan's fairness analysis (2ⁿ of them: 256 for the
    /// reference dataset's eight nations). Coalitions not proven within it count at their best plan, and the shares
    /// come with how far they can be off; a coalition reached after it is spent gets its greedy plan.</summary>
    public TimeSpan FairShareBudget { get; set; } = TimeSpan.FromSeconds(20);
}
