using System.ComponentModel.DataAnnotations;
using Concert.Data.Pooling;

namespace Concert.Apis.Contracts;

/// <summary>A new or changed funds pledge; give the label either as <see cref="Label"/> fields or as <see cref="LabelXml"/>.</summary>
/// <param name="Nation">The nation, ISO 3166-1 alpha-3.</param>
/// <param name="ProjectCode">The project the money is for.</param>
/// <param name="Amount">The amount in k€.</param>
/// <param name="Label">The label as JSON fields.</param>
/// <param name="LabelXml">The label as STANAG 4774 XML.</param>
internal sealed record PoolingFundsRequest(
    [property: Required] string Nation,
    [property: Required(ErrorMessage = "Name the project the money is for by its code."), StringLength(PoolingModel.CodeLength, MinimumLength = 1)] string ProjectCode,
    [property: Range(0, 100_000_000)] long Amount,
    LabelFields? Label,
    string? LabelXml) : ILabelledRequest;
