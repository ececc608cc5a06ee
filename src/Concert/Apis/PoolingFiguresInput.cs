using Concert.Apis.Contracts;
using Concert.Data.Pooling;
using Concert.Sharing;

namespace Concert.Apis;

/// <summary>
/// Reads funds pledges and nations' figures from write requests onto stored rows, saying what is wrong by field; the
/// data annotations on the requests have already checked presence (a blank source or project code is absent) and
/// ranges, so what is left is the nation code.
/// </summary>
internal static class PoolingFiguresInput
{
    /// <summary>Checks a funds request; copies it onto <paramref name="row"/> when it is valid.</summary>
    /// <param name="request">The request.</param>
    /// <param name="row">The row to fill.</param>
    /// <param name="errors">Where field errors go.</param>
    /// <returns>True when valid.</returns>
    public static bool Funds(PoolingFundsRequest request, StoredFundsPledge row, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(row);
        if (!PoolingInput.TryNation(request.Nation, "nation", errors, out Trigraph nation))
        {
            return false;
        }

        row.Nation = nation.Code;
        row.ProjectCode = request.ProjectCode.Trim();
        row.Amount = request.Amount;
        return true;
    }

    /// <summary>Checks a nation's figures; copies them onto <paramref name="row"/> when they are valid.</summary>
    /// <param name="request">The request.</param>
    /// <param name="row">The row to fill.</param>
    /// <param name="errors">Where field errors go.</param>
    /// <returns>True when valid.</returns>
    public static bool Nation(PoolingNationRequest request, StoredNationFigures row, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(row);
        if (!PoolingInput.TryNation(request.Nation, "nation", errors, out Trigraph nation))
        {
            return false;
        }

        row.Nation = nation.Code;
        row.DefenceSpendingUsdBillions = request.DefenceSpendingUsdBillions;
        row.DefenceSpendingSource = request.DefenceSpendingSource.Trim();
        row.GniUsdBillions = request.GniUsdBillions;
        row.GniSource = request.GniSource.Trim();
        return true;
    }
}
