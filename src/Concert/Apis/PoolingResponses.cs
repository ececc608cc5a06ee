using Concert.Apis.Contracts;
using Concert.Data.Pooling;
using Concert.Pooling.Model;
using Concert.Sharing;

namespace Concert.Apis;

/// <summary>The API form of the pooling rows.</summary>
internal static class PoolingResponses
{
    /// <summary>A pledge.</summary>
    /// <param name="row">The row.</param>
    /// <param name="label">Its label.</param>
    /// <returns>The response.</returns>
    public static PoolingPledgeResponse Pledge(StoredPledge row, ConfidentialityLabel label) => new(
        row.Id,
        row.Code,
        row.Nation,
        row.AssetType,
        Names((Capabilities)row.Capabilities),
        row.Count,
        row.FirstWeek,
        row.LastWeek,
        row.CostPerDay,
        row.HomePort,
        PoolingJson.Read<Dictionary<string, int>>(row.TransitDaysJson),
        PoolingJson.Read<List<string>>(row.ExcludedAreasJson),
        Names((Capabilities)row.ExcludedTasks),
        row.Created,
        row.Updated,
        row.Author,
        label.ToResponse());

    /// <summary>A funds pledge.</summary>
    /// <param name="row">The row.</param>
    /// <param name="label">Its label.</param>
    /// <returns>The response.</returns>
    public static PoolingFundsResponse Funds(StoredFundsPledge row, ConfidentialityLabel label) =>
        new(row.Id, row.Nation, row.ProjectCode, row.Amount, row.Created, row.Updated, row.Author, label.ToResponse());

    /// <summary>A nation's figures.</summary>
    /// <param name="row">The row.</param>
    /// <param name="label">Its label.</param>
    /// <returns>The response.</returns>
    public static PoolingNationResponse Nation(StoredNationFigures row, ConfidentialityLabel label) => new(
        row.Id, row.Nation, row.DefenceSpendingUsdBillions, row.DefenceSpendingSource, row.GniUsdBillions, row.GniSource,
        row.Created, row.Updated, row.Author, label.ToResponse());

    /// <summary>A project.</summary>
    /// <param name="row">The row.</param>
    /// <param name="label">Its label.</param>
    /// <returns>The response.</returns>
    public static PoolingProjectResponse Project(StoredPoolingProject row, ConfidentialityLabel label) => new(
        row.Id,
        row.Code,
        row.Name,
        PoolingJson.Read<List<AreaDocument>>(row.AreasJson),
        PoolingJson.Read<List<RequirementDocument>>(row.RequirementsJson),
        row.RotationMaxWeeksOnStation,
        row.RotationRestWeeks,
        PoolingJson.Read<Dictionary<string, long>>(row.BudgetCapsJson),
        row.Created,
        row.Updated,
        row.Author,
        label.ToResponse());

    /// <summary>A plan.</summary>
    /// <param name="row">The row.</param>
    /// <param name="label">Its label.</param>
    /// <returns>The response.</returns>
    public static PoolingPlanResponse Plan(StoredPlan row, ConfidentialityLabel label) => new(
        row.Id,
        row.Created,
        row.Author,
        row.BasePlanId,
        row.WhatIf,
        row.Status,
        row.Objective,
        row.BestBound,
        row.RelativeGap,
        row.AssetCost,
        row.ShortfallPenalty,
        row.ShortfallPrice,
        row.Coverage,
        row.HorizonWeeks,
        row.TimeLimitSeconds,
        row.SolveMilliseconds,
        PoolingJson.Read<List<AssignmentDocument>>(row.AssignmentsJson),
        PoolingJson.Read<List<ShortfallDocument>>(row.ShortfallsJson),
        PoolingJson.Read<Dictionary<string, long>>(row.CostByNationJson),
        PoolingJson.Read<List<string>>(row.ExplanationJson),
        label.ToResponse());

    private static string[] Names(Capabilities flags) =>
        [.. Enum.GetValues<Capabilities>().Where(flag => flag != Capabilities.None && flags.HasFlag(flag)).Select(flag => flag.ToString())];
}
