using Concert.Apis.Contracts;
using Concert.Data.Pooling;
using Concert.Hosting;
using Concert.Pooling.Planning;
using Concert.Security;
using Concert.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Concert.Apis;

/// <summary>
/// <c>/api/v1/pooling/plans</c>: runs the planner over the pledges and projects released to the caller (never over
/// others), keeps each plan under the combination of the labels it used, re-plans what-ifs from a stored plan, and
/// splits a plan's cost by every rule.
/// </summary>
internal static class PoolingPlansApi
{
    /// <summary>The record kind in audit references.</summary>
    public const string Kind = "plan";

    /// <summary>Maps the endpoints.</summary>
    /// <param name="pooling">The /api/v1/pooling group.</param>
    public static void MapPoolingPlans(this RouteGroupBuilder pooling)
    {
        pooling.MapGet("/plans", ListAsync).RequireAuthorization(ConcertPolicies.Reader)
            .WithSummary("The plans released to the user, newest first; page with 'before'.");
        pooling.MapGet("/plans/{id:long}", ReadAsync).RequireAuthorization(ConcertPolicies.Reader)
            .WithSummary("One plan; 404 when it does not exist or is not released to the user.");
        pooling.MapPost("/plans", PlanAsync).RequireAuthorization(ConcertPolicies.Planner).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<PoolingPlanRequest>>()
            .WithSummary("Plans every pledge and project released to the user within the time limit, and stores the plan.");
        pooling.MapPost("/plans/{id:long}/what-if", WhatIfAsync).RequireAuthorization(ConcertPolicies.Planner).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<PoolingWhatIfRequest>>()
            .WithSummary("Re-plans a stored plan as if a nation withdrew or one more pledge were offered, and stores the what-if plan.");
        pooling.MapGet("/plans/{id:long}/cost-shares", CostSharesAsync).RequireAuthorization(ConcertPolicies.Reader)
            .WithSummary("The plan's cost split by GNI key with caps, by contribution, in an ATARES ledger, by Shapley value and by nucleolus.");
    }

    private static Task<Results<Ok<Page<PoolingPlanResponse>>, ValidationProblem>> ListAsync(
        long? before, int? limit, LabelledReleases releases, HttpContext http) =>
        releases.ListAsync(releases.Db.PoolingPlans, Kind, before, limit, PoolingResponses.Plan, http.RequestAborted);

    private static async Task<Results<Ok<PoolingPlanResponse>, ProblemHttpResult>> ReadAsync(long id, LabelledReleases releases, HttpContext http) =>
        await releases.ReadAsync(releases.Db.PoolingPlans, Kind, id, tracked: false, http.RequestAborted) is var (row, label)
            ? TypedResults.Ok(PoolingResponses.Plan(row, label))
            : LabelledReleases.NotFound(Kind, id);

    private static async Task<Results<Created<PoolingPlanResponse>, ProblemHttpResult>> PlanAsync(
        PoolingPlanRequest request, LabelledReleases releases, PoolingPlanRuns runs, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        Viewer viewer = await releases.ViewerAsync(cancel);
        PlanInputs inputs = await runs.ReleasedInputsAsync(viewer, cancel);
        if (inputs.Projects.Count == 0)
        {
            return Unplannable("No project is released to you, so there is nothing to plan for.");
        }

        if (!TryBuild(inputs, [], out PoolingProblemBuilder? builder, out ProblemHttpResult? fault))
        {
            return fault;
        }

        (StoredPlan row, ConfidentialityLabel label) = await runs.RunAsync(
            viewer, inputs, [], builder, TimeLimit(request.TimeLimitSeconds), basePlan: null, whatIf: null, cancel);
        return TypedResults.Created($"/api/v1/pooling/plans/{row.Id}", PoolingResponses.Plan(row, label));
    }

    private static async Task<Results<Created<PoolingPlanResponse>, ValidationProblem, ProblemHttpResult>> WhatIfAsync(
        long id, PoolingWhatIfRequest request, LabelledReleases releases, PoolingPlanRuns runs, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        if (await runs.ReadAsync(id, cancel) is not var (basePlan, _))
        {
            return LabelledReleases.NotFound(Kind, id);
        }

        Viewer viewer = await releases.ViewerAsync(cancel);
        var errors = new Dictionary<string, string[]>();
        Trigraph withdrawn = default;
        LabelledRow<PledgeDocument>? added = null;
        if ((request.WithdrawNation is null) == (request.AddPledge is null))
        {
            errors["withdrawNation"] = ["Give exactly one what-if: 'withdrawNation' or 'addPledge'."];
        }
        else if (request.WithdrawNation is not null)
        {
            PoolingInput.TryNation(request.WithdrawNation, "withdrawNation", errors, out withdrawn);
        }
        else if (request.AddPledge is { } offered)
        {
            PledgeDocument? fields = PoolingInput.Pledge(offered, errors, "addPledge.");
            ConfidentialityLabel? label = PoolingInput.Label(offered.Label, offered.LabelXml, viewer, policy, time.GetUtcNow(), errors, "addPledge.");
            added = fields is not null && label is not null ? new LabelledRow<PledgeDocument>(fields, label) : null;
        }

        if (errors.Count > 0)
        {
            audit.RefusedWrite(viewer, added?.Label, $"what-if on {LabelledReleases.Reference(Kind, id)}", string.Join(" ", errors.SelectMany(error => error.Value)));
            return TypedResults.ValidationProblem(errors, title: "The what-if was not planned");
        }

        if (await runs.StoredInputsAsync(viewer, basePlan, cancel) is not var (inputs, hypothetical))
        {
            return InputsGone(id);
        }

        if (!TryBuild(inputs, hypothetical, out PoolingProblemBuilder? baseBuilder, out ProblemHttpResult? fault))
        {
            return fault;
        }

        PoolingPlan start = await runs.PlannerFormAsync(basePlan, baseBuilder);
        PoolingProblemBuilder changed;
        string description;
        if (added is not null)
        {
            if (!TryBuild(inputs, [.. hypothetical, added], out PoolingProblemBuilder? withPledge, out fault))
            {
                return fault;
            }

            changed = withPledge;
            description = $"{added.Row.Nation} offers {added.Row.Count} × {added.Row.AssetType} ({added.Row.Code})";
            hypothetical = [.. hypothetical, added];
        }
        else
        {
            changed = baseBuilder.Narrowed(baseBuilder.Problem.WithoutNation(withdrawn));
            description = $"{withdrawn.Code} withdraws";
            hypothetical = [.. hypothetical.Where(pledge => pledge.Row.Nation != withdrawn.Code)];
        }

        (StoredPlan row, ConfidentialityLabel planLabel) = await runs.RunAsync(
            viewer, inputs, hypothetical, changed, TimeLimit(request.TimeLimitSeconds), (basePlan, start), description, cancel);
        return TypedResults.Created($"/api/v1/pooling/plans/{row.Id}", PoolingResponses.Plan(row, planLabel));
    }

    private static async Task<Results<Ok<PoolingCostSharesResponse>, ProblemHttpResult>> CostSharesAsync(
        long id, LabelledReleases releases, PoolingPlanRuns runs, PoolingGniFigures figures, IOptions<PoolingApiOptions> settings, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        if (await runs.ReadAsync(id, cancel) is not var (plan, label))
        {
            return LabelledReleases.NotFound(Kind, id);
        }

        if (plan.CostSharesJson is null)
        {
            Viewer viewer = await releases.ViewerAsync(cancel);
            if (await runs.StoredInputsAsync(viewer, plan, cancel) is not var (inputs, hypothetical))
            {
                return InputsGone(id);
            }

            if (!TryBuild(inputs, hypothetical, out PoolingProblemBuilder? builder, out ProblemHttpResult? fault))
            {
                return fault;
            }

            PlannerOptions options = runs.Options(TimeSpan.FromSeconds(plan.TimeLimitSeconds)) with { ShortfallPricePerRiskUnitWeek = plan.ShortfallPrice };
            (IReadOnlyDictionary<Trigraph, double> gni, IReadOnlyList<string> figureNotes) = await figures.ForPlanAsync(viewer, label, [.. builder.Problem.Nations], cancel);
            CostSharesDocument computed = await Task.Run(
                () => PoolingCostShares.Compute(plan, builder.Problem, PoolingCostShares.GameOptions(options, settings.Value), gni, figureNotes), cancel);
            plan.CostSharesJson = PoolingJson.Write(computed);
            await runs.SaveAsync(cancel);
        }

        return TypedResults.Ok(new PoolingCostSharesResponse(plan.Id, PoolingJson.Read<CostSharesDocument>(plan.CostSharesJson), label.ToResponse()));
    }

    private static bool TryBuild(
        PlanInputs inputs,
        IReadOnlyList<LabelledRow<PledgeDocument>> hypothetical,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PoolingProblemBuilder? builder,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out ProblemHttpResult? fault)
    {
        try
        {
            builder = PoolingProblemBuilder.Build(inputs, hypothetical);
            fault = null;
            return true;
        }
        catch (ArgumentException error)
        {
            // The records contradict each other (an area in two projects, a requirement identifier repeated): say which.
            builder = null;
            fault = Unplannable(error.Message);
            return false;
        }
    }

    private static TimeSpan TimeLimit(double? seconds) => seconds is { } limit ? TimeSpan.FromSeconds(limit) : PoolingPlanRuns.DefaultTimeLimit;

    private static ProblemHttpResult Unplannable(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity, title: "The records released to you cannot be planned", detail: detail);

    private static ProblemHttpResult InputsGone(long id) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The plan's records have changed",
        detail: $"Plan {id} was made from records that are no longer there or no longer released to you; make a new plan.");
}
