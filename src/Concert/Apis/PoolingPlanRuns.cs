using Concert.Data;
using Concert.Data.Pooling;
using Concert.Pooling.Planning;
using Concert.Pooling.Telemetry;
using Concert.Security;
using Concert.Sharing;

namespace Concert.Apis;

/// <summary>
/// Runs the planner for a viewer over the records released to them only, stores the plan under the combination of
/// the labels it used, and re-plans what-ifs from a stored plan.
/// </summary>
/// <param name="releases">Released rows and labels.</param>
/// <param name="policy">The sharing policy (its community registry dates the combined labels).</param>
/// <param name="audit">The audit log.</param>
/// <param name="cache">Recently stored plans in the planner's form.</param>
/// <param name="time">The clock.</param>
/// <param name="metrics">Where each plan's duration and gap are recorded.</param>
internal sealed class PoolingPlanRuns(LabelledReleases releases, SharingPolicy policy, SharingAudit audit, PoolingPlanCache cache, TimeProvider time, PlanningMetrics metrics)
{
    /// <summary>The time limit of a plan when the request does not give one.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(10);

    /// <summary>The inputs of a new plan: every pledge, fund and project released to the viewer now.</summary>
    /// <param name="viewer">The planner.</param>
    /// <param name="cancel">Cancels the queries.</param>
    /// <returns>The released rows.</returns>
    public async Task<PlanInputs> ReleasedInputsAsync(Viewer viewer, CancellationToken cancel)
    {
        ReleasableLabels releasable = await releases.ReleasableAsync(viewer, cancel);
        return await PoolingStore.ReleasedInputsAsync(releases.Db, releasable, labelId => releases.LabelAsync(labelId, cancel), cancel);
    }

    /// <summary>The inputs a stored plan was made from, as far as they are released to the viewer now; null when any
    /// of them is no longer there or no longer released, since a re-plan or a cost split would then silently differ.</summary>
    /// <param name="viewer">The reader.</param>
    /// <param name="plan">The stored plan.</param>
    /// <param name="cancel">Cancels the queries.</param>
    /// <returns>The inputs and the plan's hypothetical pledges, or null.</returns>
    public async Task<(PlanInputs Inputs, List<LabelledRow<PledgeDocument>> Hypothetical)?> StoredInputsAsync(
        Viewer viewer, StoredPlan plan, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(plan);
        PlanInputs released = await ReleasedInputsAsync(viewer, cancel);
        var pledgeIds = PoolingJson.Read<List<long>>(plan.PledgeIdsJson).ToHashSet();
        var fundsIds = PoolingJson.Read<List<long>>(plan.FundsIdsJson).ToHashSet();
        var projectIds = PoolingJson.Read<List<long>>(plan.ProjectIdsJson).ToHashSet();
        var inputs = new PlanInputs(
            [.. released.Pledges.Where(pledge => pledgeIds.Contains(pledge.Row.Id))],
            [.. released.Funds.Where(funds => fundsIds.Contains(funds.Row.Id))],
            [.. released.Projects.Where(project => projectIds.Contains(project.Row.Id))]);
        if (inputs.Pledges.Count != pledgeIds.Count || inputs.Funds.Count != fundsIds.Count || inputs.Projects.Count != projectIds.Count)
        {
            return null;
        }

        List<LabelledRow<PledgeDocument>> hypothetical =
            [.. PoolingJson.Read<List<PledgeDocument>>(plan.HypotheticalPledgesJson)
                .Select(pledge => new LabelledRow<PledgeDocument>(pledge, policy.LabelReader.Read(pledge.LabelXml ?? throw new InvalidDataException($"What-if pledge {pledge.Code} of plan {plan.Id} was stored without its label."))))];
        return (inputs, hypothetical);
    }

    /// <summary>The options of a run.</summary>
    /// <param name="timeLimit">The search's time limit.</param>
    /// <returns>The planner options.</returns>
    public PlannerOptions Options(TimeSpan timeLimit) => new() { TimeLimit = timeLimit, Registry = policy.Registry, Clock = time };

    /// <summary>Plans a problem (or re-plans it from <paramref name="basePlan"/>), stores and audits the plan.</summary>
    /// <param name="viewer">The planner who asked.</param>
    /// <param name="inputs">The rows it was made from, all released to the viewer.</param>
    /// <param name="hypothetical">What-if pledges the problem includes.</param>
    /// <param name="builder">The problem built from them (perhaps narrowed by a what-if).</param>
    /// <param name="timeLimit">The time limit.</param>
    /// <param name="basePlan">The stored plan a what-if starts from and its planner form, or null.</param>
    /// <param name="whatIf">The what-if in words, or null.</param>
    /// <param name="cancel">Cancels the store.</param>
    /// <returns>The stored plan and its label.</returns>
    public async Task<(StoredPlan Row, ConfidentialityLabel Label)> RunAsync(
        Viewer viewer,
        PlanInputs inputs,
        IReadOnlyList<LabelledRow<PledgeDocument>> hypothetical,
        PoolingProblemBuilder builder,
        TimeSpan timeLimit,
        (StoredPlan Row, PoolingPlan Plan)? basePlan,
        string? whatIf,
        CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(builder);
        AuditInputs(viewer, inputs);
        PlannerOptions options = Options(timeLimit);
        PoolingPlan plan = await Task.Run(
            () => basePlan is { } start ? PoolingPlanner.Replan(builder.Problem, start.Plan, options) : PoolingPlanner.Plan(builder.Problem, options),
            cancel);
        metrics.Record(plan);
        var row = new StoredPlan
        {
            Created = time.GetUtcNow(),
            Author = viewer.UserName,
            BasePlanId = basePlan?.Row.Id,
            WhatIf = whatIf,
            Status = plan.Status.ToString(),
            Objective = plan.Objective,
            BestBound = plan.BestBound,
            RelativeGap = plan.RelativeGap,
            AssetCost = plan.AssetCost,
            ShortfallPenalty = plan.ShortfallPenalty,
            ShortfallPrice = plan.ShortfallPricePerRiskUnitWeek,
            Coverage = plan.Coverage,
            HorizonWeeks = builder.Problem.HorizonWeeks,
            TimeLimitSeconds = timeLimit.TotalSeconds,
            SolveMilliseconds = (long)plan.SolveTime.TotalMilliseconds,
            // Only the rows the problem still holds are its inputs: a withdrawn nation's pledges are not.
            PledgeIdsJson = PoolingJson.Write(builder.Problem.Pledges.Select(model => builder.StoredPledgeId(model.Id)).Where(id => id != 0).Order().ToList()),
            FundsIdsJson = PoolingJson.Write(inputs.Funds.Where(funds => builder.Problem.Funds.Any(model => model.Nation.Code == funds.Row.Nation && model.ProjectId == funds.Row.ProjectCode))
                .Select(funds => funds.Row.Id).ToList()),
            ProjectIdsJson = PoolingJson.Write(inputs.Projects.Select(project => project.Row.Id).ToList()),
            HypotheticalPledgesJson = PoolingJson.Write(hypothetical.Select(pledge => pledge.Row with { LabelXml = LabelStore.CanonicalXml(pledge.Label) }).ToList()),
            AssignmentsJson = PoolingJson.Write(plan.Assignments.Select(assignment => new AssignmentDocument(
                [.. assignment.PledgeIds.Select(builder.StoredPledgeId)],
                [.. assignment.PledgeIds],
                assignment.Nation.Code,
                assignment.AssetType.ToString(),
                assignment.AreaId,
                assignment.Weeks.First,
                assignment.Weeks.Last,
                assignment.Units,
                assignment.Cost,
                [.. assignment.ServesRequirementIds])).ToList()),
            ShortfallsJson = PoolingJson.Write(plan.Shortfalls.Select(shortfall => new ShortfallDocument(
                shortfall.RequirementId, shortfall.AreaId, shortfall.Weeks.First, shortfall.Weeks.Last, shortfall.UnitsShort, shortfall.RiskWeight,
                shortfall.UncoveredRisk, shortfall.Reason)).ToList()),
            CostByNationJson = PoolingJson.Write(plan.CostByNation.OrderBy(cost => cost.Key).ToDictionary(cost => cost.Key.Code, cost => cost.Value, StringComparer.Ordinal)),
            ExplanationJson = PoolingJson.Write(plan.Explanation.ToList()),
        };
        await PoolingStore.AddAsync(releases.Db, plan.Label, row, cancel);
        cache.Add(row.Id, plan);
        return (row, plan.Label);
    }

    /// <summary>The planner form of a stored plan: held from when it was made, or planned again from its inputs.</summary>
    /// <param name="row">The stored plan.</param>
    /// <param name="builder">Its problem.</param>
    /// <returns>The plan.</returns>
    public async Task<PoolingPlan> PlannerFormAsync(StoredPlan row, PoolingProblemBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(builder);
        if (cache.Find(row.Id) is { } held)
        {
            return held;
        }

        PlannerOptions options = Options(TimeSpan.FromSeconds(row.TimeLimitSeconds)) with { ShortfallPricePerRiskUnitWeek = row.ShortfallPrice };
        PoolingPlan plan = await Task.Run(() => PoolingPlanner.Plan(builder.Problem, options));
        metrics.Record(plan);
        cache.Add(row.Id, plan);
        return plan;
    }

    /// <summary>A stored plan the viewer may read, tracked for an update.</summary>
    /// <param name="id">The key.</param>
    /// <param name="cancel">Cancels the query.</param>
    /// <returns>The row and label, or null.</returns>
    public Task<(StoredPlan Row, ConfidentialityLabel Label)?> ReadAsync(long id, CancellationToken cancel) =>
        releases.ReadAsync(releases.Db.PoolingPlans, PoolingPlansApi.Kind, id, tracked: true, cancel);

    /// <summary>Saves changes to tracked rows (a plan's cost shares).</summary>
    /// <param name="cancel">Cancels the save.</param>
    /// <returns>A task.</returns>
    public Task SaveAsync(CancellationToken cancel) => releases.Db.SaveChangesAsync(cancel);

    // A plan tells its reader about every record it was made from, so their release to the planner is audited as a list is.
    private void AuditInputs(Viewer viewer, PlanInputs inputs)
    {
        IEnumerable<(ConfidentialityLabel Label, string Reference)> references =
        [
            .. inputs.Pledges.Select(pledge => (pledge.Label, LabelledReleases.Reference("pledge", pledge.Row.Id))),
            .. inputs.Funds.Select(funds => (funds.Label, LabelledReleases.Reference("funds", funds.Row.Id))),
            .. inputs.Projects.Select(project => (project.Label, LabelledReleases.Reference("project", project.Row.Id))),
        ];
        foreach (IGrouping<ConfidentialityLabel, (ConfidentialityLabel Label, string Reference)> sameLabel in references.GroupBy(input => input.Label))
        {
            audit.ListRelease(viewer, sameLabel.Key, string.Join(' ', sameLabel.Select(input => input.Reference)));
        }
    }
}
