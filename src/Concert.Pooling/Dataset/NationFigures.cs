using Concert.Sharing;

namespace Concert.Pooling.Dataset;

/// <summary>A nation's economic and defence figures for cost-share keys, each with the source to verify it against.</summary>
/// <param name="Nation">The nation.</param>
/// <param name="DefenceSpendingUsdBillions">Military expenditure, billions of current US dollars.</param>
/// <param name="DefenceSpendingSource">Where the figure comes from ("SIPRI Military Expenditure Database, 2023; illustrative, verify").</param>
/// <param name="GrossNationalIncomeUsdBillions">Gross national income, billions of current US dollars.</param>
/// <param name="GrossNationalIncomeSource">Where the figure comes from ("World Bank WDI, GNI Atlas method, 2023; illustrative, verify").</param>
public sealed record NationFigures(
    Trigraph Nation,
    double DefenceSpendingUsdBillions,
    string DefenceSpendingSource,
    double GrossNationalIncomeUsdBillions,
    string GrossNationalIncomeSource);
