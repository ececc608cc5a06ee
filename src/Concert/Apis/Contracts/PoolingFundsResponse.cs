namespace Concert.Apis.Contracts;

/// <summary>A funds pledge.</summary>
/// <param name="Id">The key.</param>
/// <param name="Nation">The nation.</param>
/// <param name="ProjectCode">The project the money is for.</param>
/// <param name="Amount">The amount in k€.</param>
/// <param name="Created">When first written.</param>
/// <param name="Updated">When last changed.</param>
/// <param name="Author">Who changed it last.</param>
/// <param name="Label">Its label.</param>
internal sealed record PoolingFundsResponse(long Id, string Nation, string ProjectCode, long Amount, DateTimeOffset Created, DateTimeOffset Updated, string Author, LabelResponse Label);
