using Concert.Sharing;

namespace Concert.Pooling.Model;

/// <summary>Money a nation puts into a common project instead of, or beside, assets.</summary>
/// <param name="Nation">The nation.</param>
/// <param name="ProjectId">The project the money is for.</param>
/// <param name="Amount">The amount in thousands of euros (k€), not negative.</param>
/// <param name="Label">Who may see the pledge.</param>
public sealed record FundsPledge(Trigraph Nation, string ProjectId, long Amount, ConfidentialityLabel Label);
