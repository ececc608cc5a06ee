using Concert.Data.Pooling;

namespace Concert.Apis.Contracts;

/// <summary>The cost-share comparison of a plan.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Shares">Each rule's shares per nation, the ATARES balances and notes.</param>
/// <param name="Label">The plan's label, which the comparison carries too.</param>
internal sealed record PoolingCostSharesResponse(long PlanId, CostSharesDocument Shares, LabelResponse Label);
