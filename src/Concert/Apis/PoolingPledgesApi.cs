using Concert.Apis.Contracts;
using Concert.Data.Pooling;
using Concert.Security;
using Concert.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concert.Apis;

/// <summary><c>/api/v1/pooling/pledges</c>: the ships and aircraft nations offer the pool.</summary>
internal static class PoolingPledgesApi
{
    private const string Kind = "pledge";

    /// <summary>Maps the endpoints.</summary>
    /// <param name="pooling">The /api/v1/pooling group.</param>
    public static void MapPoolingPledges(this RouteGroupBuilder pooling)
    {
        pooling.MapGet("/pledges", ListAsync).RequireAuthorization(ConcertPolicies.Reader)
            .WithSummary("The asset pledges released to the user, newest first; page with 'before'.");
        pooling.MapGet("/pledges/{id:long}", ReadAsync).RequireAuthorization(ConcertPolicies.Reader)
            .WithSummary("One pledge; 404 when it does not exist or is not released to the user.");
        pooling.MapPost("/pledges", CreateAsync).RequireAuthorization(ConcertPolicies.Planner).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<PoolingPledgeRequest>>()
            .WithSummary("Records an asset pledge; the label (CONCERT policy) comes as JSON fields or as STANAG 4774 XML.");
        pooling.MapPut("/pledges/{id:long}", UpdateAsync).RequireAuthorization(ConcertPolicies.Planner).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<PoolingPledgeRequest>>()
            .WithSummary("Changes a pledge released to the user, its label included.");
    }

    private static Task<Results<Ok<Page<PoolingPledgeResponse>>, ValidationProblem>> ListAsync(
        long? before, int? limit, LabelledReleases releases, HttpContext http) =>
        releases.ListAsync(releases.Db.PoolingPledges, Kind, before, limit, PoolingResponses.Pledge, http.RequestAborted);

    private static async Task<Results<Ok<PoolingPledgeResponse>, ProblemHttpResult>> ReadAsync(long id, LabelledReleases releases, HttpContext http) =>
        await releases.ReadAsync(releases.Db.PoolingPledges, Kind, id, tracked: false, http.RequestAborted) is var (row, label)
            ? TypedResults.Ok(PoolingResponses.Pledge(row, label))
            : LabelledReleases.NotFound(Kind, id);

    private static async Task<Results<Created<PoolingPledgeResponse>, ValidationProblem>> CreateAsync(
        PoolingPledgeRequest request, LabelledReleases releases, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        Viewer viewer = await releases.ViewerAsync(cancel);
        DateTimeOffset now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        PledgeDocument? fields = PoolingInput.Pledge(request, errors);
        ConfidentialityLabel? label = PoolingInput.Label(request.Label, request.LabelXml, viewer, policy, now, errors);
        if (fields is null || label is null)
        {
            audit.RefusedWrite(viewer, label, "create pledge", string.Join(" ", errors.SelectMany(error => error.Value)));
            return TypedResults.ValidationProblem(errors, title: "The pledge was not recorded");
        }

        StoredPledge row = await PoolingStore.AddAsync(releases.Db, label, PoolingInput.NewRow(fields, viewer.UserName, now), cancel);
        return TypedResults.Created($"/api/v1/pooling/pledges/{row.Id}", PoolingResponses.Pledge(row, label));
    }

    private static async Task<Results<Ok<PoolingPledgeResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, PoolingPledgeRequest request, LabelledReleases releases, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        if (await releases.ReadAsync(releases.Db.PoolingPledges, Kind, id, tracked: true, cancel) is not var (row, _))
        {
            return LabelledReleases.NotFound(Kind, id);
        }

        Viewer viewer = await releases.ViewerAsync(cancel);
        DateTimeOffset now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        PledgeDocument? fields = PoolingInput.Pledge(request, errors);
        ConfidentialityLabel? label = PoolingInput.Label(request.Label, request.LabelXml, viewer, policy, now, errors);
        if (fields is null || label is null)
        {
            audit.RefusedWrite(viewer, label, $"change {LabelledReleases.Reference(Kind, id)}", string.Join(" ", errors.SelectMany(error => error.Value)));
            return TypedResults.ValidationProblem(errors, title: "The pledge was not changed");
        }

        PoolingInput.CopyTo(fields, row);
        row.Updated = now;
        row.Author = viewer.UserName;
        await PoolingStore.UpdateAsync(releases.Db, label, row, cancel);
        return TypedResults.Ok(PoolingResponses.Pledge(row, label));
    }
}
