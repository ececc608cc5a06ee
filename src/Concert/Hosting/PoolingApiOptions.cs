namespace Concert.Hosting;

/// <summary>Settings of the pooling API (section <c>Concert:Pooling</c>).</summary>
internal sealed class PoolingApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Concert:Pooling";

    /// <summary>The time limit of each coalition's plan in the fairness analysis: there are up to 2ⁿ of them (256 for
    /// the reference dataset's eight nations), so the whole analysis takes up to 2ⁿ × this ÷ cores.</summary>
    public TimeSpan CoalitionTimeLimit { get; set; } = TimeSpan.FromSeconds(0.2);

    /// <summary>CP-SAT workers per coalition plan; coalitions are planned side by side, one per core.</summary>
    public int CoalitionWorkers { get; set; } = 1;
}
