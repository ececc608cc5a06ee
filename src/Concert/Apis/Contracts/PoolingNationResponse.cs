namespace Concert.Apis.Contracts;

/// <summary>A nation's stored figures.</summary>
/// <param name="Id">The key.</param>
/// <param name="Nation">The nation.</param>
/// <param name="DefenceSpendingUsdBillions">Military expenditure, billions of current US dollars.</param>
/// <param name="DefenceSpendingSource">Its source.</param>
/// <param name="GniUsdBillions">Gross national income, billions of current US dollars.</param>
/// <param name="GniSource">Its source.</param>
/// <param name="Created">When first written.</param>
/// <param name="Updated">When last changed.</param>
/// <param name="Author">Who changed it last.</param>
/// <param name="Label">Its label.</param>
internal sealed record PoolingNationResponse(
    long Id,
    string Nation,
    double DefenceSpendingUsdBillions,
    string DefenceSpendingSource,
    double GniUsdBillions,
    string GniSource,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    string Author,
    LabelResponse Label);
