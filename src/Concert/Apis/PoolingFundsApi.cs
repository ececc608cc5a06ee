using Concert.Apis.Contracts;
using Concert.Data.Pooling;
using Concert.Security;
using Concert.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concert.Apis;

/// <summary><c>/api/v1/pooling/funds</c>: money nations put into common projects.</summary>
internal static class PoolingFundsApi
{
    private const string Kind = "funds";

    /// <summary>Maps the endpoints.</summary>
    /// <param name="pooling">The /api/v1/pooling group.</param>
    public static void MapPoolingFunds(this RouteGroupBuilder pooling)
    {
        pooling.MapGet("/funds", ListAsync).RequireAuthorization(ConcertPolicies.Reader)
            .WithSummary("The funds pledges released to the user, newest first; page with 'before'.");
        pooling.MapGet("/funds/{id:long}", ReadAsync).RequireAuthorization(ConcertPolicies.Reader)
            .WithSummary("One funds pledge; 404 when it does not exist or is not released to the user.");
        pooling.MapPost("/funds", CreateAsync).RequireAuthorization(ConcertPolicies.Planner).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<PoolingFundsRequest>>()
            .WithSummary("Records money a nation puts into a project.");
        pooling.MapPut("/funds/{id:long}", UpdateAsync).RequireAuthorization(ConcertPolicies.Planner).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<PoolingFundsRequest>>()
            .WithSummary("Changes a funds pledge released to the user, its label included.");
    }

    private static Task<Results<Ok<Page<PoolingFundsResponse>>, ValidationProblem>> ListAsync(
        long? before, int? limit, LabelledReleases releases, HttpContext http) =>
        releases.ListAsync(releases.Db.PoolingFunds, Kind, before, limit, PoolingResponses.Funds, http.RequestAborted);

    private static async Task<Results<Ok<PoolingFundsResponse>, ProblemHttpResult>> ReadAsync(long id, LabelledReleases releases, HttpContext http) =>
        await releases.ReadAsync(releases.Db.PoolingFunds, Kind, id, tracked: false, http.RequestAborted) is var (row, label)
            ? TypedResults.Ok(PoolingResponses.Funds(row, label))
            : LabelledReleases.NotFound("funds pledge", id);

    private static async Task<Results<Created<PoolingFundsResponse>, ValidationProblem>> CreateAsync(
        PoolingFundsRequest request, LabelledReleases releases, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        Viewer viewer = await releases.ViewerAsync(cancel);
        DateTimeOffset now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        var row = new StoredFundsPledge { Nation = string.Empty, ProjectCode = string.Empty, Created = now, Updated = now, Author = viewer.UserName };
        bool valid = PoolingFiguresInput.Funds(request, row, errors);
        ConfidentialityLabel? label = PoolingInput.Label(request.Label, request.LabelXml, viewer, policy, now, errors);
        if (!valid || label is null)
        {
            audit.RefusedWrite(viewer, label, "create funds pledge", string.Join(" ", errors.SelectMany(error => error.Value)));
            return TypedResults.ValidationProblem(errors, title: "The funds pledge was not recorded");
        }

        await PoolingStore.AddAsync(releases.Db, label, row, cancel);
        return TypedResults.Created($"/api/v1/pooling/funds/{row.Id}", PoolingResponses.Funds(row, label));
    }

    private static async Task<Results<Ok<PoolingFundsResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, PoolingFundsRequest request, LabelledReleases releases, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        if (await releases.ReadAsync(releases.Db.PoolingFunds, Kind, id, tracked: true, cancel) is not var (row, _))
        {
            return LabelledReleases.NotFound("funds pledge", id);
        }

        Viewer viewer = await releases.ViewerAsync(cancel);
        DateTimeOffset now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        // A tracked row is changed only when the request is valid, and saved only when its label is too.
        bool valid = PoolingFiguresInput.Funds(request, row, errors);
        ConfidentialityLabel? label = PoolingInput.Label(request.Label, request.LabelXml, viewer, policy, now, errors);
        if (!valid || label is null)
        {
            audit.RefusedWrite(viewer, label, $"change {LabelledReleases.Reference(Kind, id)}", string.Join(" ", errors.SelectMany(error => error.Value)));
            return TypedResults.ValidationProblem(errors, title: "The funds pledge was not changed");
        }

        row.Updated = now;
        row.Author = viewer.UserName;
        await PoolingStore.UpdateAsync(releases.Db, label, row, cancel);
        return TypedResults.Ok(PoolingResponses.Funds(row, label));
    }
}
