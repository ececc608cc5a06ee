using System.ComponentModel.DataAnnotations;

namespace Concert.Apis.Contracts;

/// <summary>A what-if on a stored plan: one nation withdraws, or one more pledge is offered (exactly one of them).</summary>
/// <param name="WithdrawNation">The nation that withdraws every pledge, ISO 3166-1 alpha-3.</param>
/// <param name="AddPledge">The pledge offered; it is kept with the what-if plan only.</param>
/// <param name="TimeLimitSeconds">The search's time limit; 10 when absent.</param>
internal sealed record PoolingWhatIfRequest(
    string? WithdrawNation,
    PoolingPledgeRequest? AddPledge,
    [property: Range(1, PoolingInput.MaximumTimeLimitSeconds)] double? TimeLimitSeconds);
