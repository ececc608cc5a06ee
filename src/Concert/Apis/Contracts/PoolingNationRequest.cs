using System.ComponentModel.DataAnnotations;
using Concert.Data.Pooling;

namespace Concert.Apis.Contracts;

/// <summary>A nation's figures, new or corrected, each with its source (a figure nobody can trace would carry the cost
/// shares unseen); give the label either as <see cref="Label"/> fields or as
/// <see cref="LabelXml"/>.</summary>
/// <param name="Nation">The nation, ISO 3166-1 alpha-3.</param>
/// <param name="DefenceSpendingUsdBillions">Military expenditure, billions of current US dollars.</param>
/// <param name="DefenceSpendingSource">Where the spending figure comes from, so a reader can verify it.</param>
/// <param name="GniUsdBillions">Gross national income, billions of current US dollars.</param>
/// <param name="GniSource">Where the GNI figure comes from.</param>
/// <param name="Label">The label as JSON fields.</param>
/// <param name="LabelXml">The label as STANAG 4774 XML.</param>
internal sealed record PoolingNationRequest(
    [property: Required] string Nation,
    [property: Range(0, 100_000, ErrorMessage = "Defence spending is 0 to 100,000 billion US$.")] double DefenceSpendingUsdBillions,
    [property: Required(ErrorMessage = "Name the source of the defence spending figure."),
        StringLength(PoolingModel.SourceLength, MinimumLength = 1, ErrorMessage = "Name the source of the defence spending figure in at most 300 characters.")]
    string DefenceSpendingSource,
    [property: Range(0.001, 1_000_000, ErrorMessage = "GNI is more than 0 and at most 1,000,000 billion US$.")] double GniUsdBillions,
    [property: Required(ErrorMessage = "Name the source of the GNI figure."),
        StringLength(PoolingModel.SourceLength, MinimumLength = 1, ErrorMessage = "Name the source of the GNI figure in at most 300 characters.")]
    string GniSource,
    LabelFields? Label,
    string? LabelXml) : ILabelledRequest;
