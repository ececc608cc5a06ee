namespace Concert.Data.Pooling;

/// <summary>The records one plan is made from: only rows released to the planner who asked.</summary>
/// <param name="Pledges">Asset pledges.</param>
/// <param name="Funds">Funds pledges.</param>
/// <param name="Projects">Common projects.</param>
internal sealed record PlanInputs(
    IReadOnlyList<LabelledRow<StoredPledge>> Pledges,
    IReadOnlyList<LabelledRow<StoredFundsPledge>> Funds,
    IReadOnlyList<LabelledRow<StoredPoolingProject>> Projects);
