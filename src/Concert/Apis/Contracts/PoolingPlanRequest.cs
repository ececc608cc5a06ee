using System.ComponentModel.DataAnnotations;

namespace Concert.Apis.Contracts;

/// <summary>Asks for a plan of every pledge and project released to the caller.</summary>
/// <param name="TimeLimitSeconds">The search's time limit; 10 when absent.</param>
internal sealed record PoolingPlanRequest([property: Range(1, PoolingInput.MaximumTimeLimitSeconds)] double? TimeLimitSeconds);
