using Concert.Apis.Contracts;
using Concert.Data.Pooling;
using Concert.Security;
using Concert.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concert.Apis;

/// <summary><c>/api/v1/pooling/nations</c>: the nations' defence spending and GNI with their sources — the reference
/// dataset's figures, editable, which the GNI cost-share key reads.</summary>
internal static class PoolingNationsApi
{
    private const string Kind = "nation-figures";

    /// <summary>Maps the endpoints.</summary>
    /// <param name="pooling">The /api/v1/pooling group.</param>
    public static void MapPoolingNations(this RouteGroupBuilder pooling)
    {
        pooling.MapGet("/nations", ListAsync).RequireAuthorization(ConcertPolicies.Reader)
            .WithSummary("The nations' figures released to the user, newest first; page with 'before'.");
        pooling.MapGet("/nations/{id:long}", ReadAsync).RequireAuthorization(ConcertPolicies.Reader)
            .WithSummary("One nation's figures; 404 when they do not exist or are not released to the user.");
        pooling.MapPost("/nations", CreateAsync).RequireAuthorization(ConcertPolicies.Planner).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<PoolingNationRequest>>()
            .WithSummary("Records a nation's defence spending and GNI with their sources.");
        pooling.MapPut("/nations/{id:long}", UpdateAsync).RequireAuthorization(ConcertPolicies.Planner).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<PoolingNationRequest>>()
            .WithSummary("Corrects a nation's figures released to the user, their label included.");
    }

    private static Task<Results<Ok<Page<PoolingNationResponse>>, ValidationProblem>> ListAsync(
        long? before, int? limit, LabelledReleases releases, HttpContext http) =>
        releases.ListAsync(releases.Db.PoolingNations, Kind, before, limit, PoolingResponses.Nation, http.RequestAborted);

    private static async Task<Results<Ok<PoolingNationResponse>, ProblemHttpResult>> ReadAsync(long id, LabelledReleases releases, HttpContext http) =>
        await releases.ReadAsync(releases.Db.PoolingNations, Kind, id, tracked: false, http.RequestAborted) is var (row, label)
            ? TypedResults.Ok(PoolingResponses.Nation(row, label))
            : LabelledReleases.NotFound("nation's figures", id);

    private static async Task<Results<Created<PoolingNationResponse>, ValidationProblem>> CreateAsync(
        PoolingNationRequest request, LabelledReleases releases, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        Viewer viewer = await releases.ViewerAsync(cancel);
        DateTimeOffset now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        var row = new StoredNationFigures
        {
            Nation = string.Empty, DefenceSpendingSource = string.Empty, GniSource = string.Empty, Created = now, Updated = now, Author = viewer.UserName,
        };
        bool valid = PoolingFiguresInput.Nation(request, row, errors);
        ConfidentialityLabel? label = PoolingInput.Label(request.Label, request.LabelXml, viewer, policy, now, errors);
        if (!valid || label is null)
        {
            audit.RefusedWrite(viewer, label, "create nation's figures", string.Join(" ", errors.SelectMany(error => error.Value)));
            return TypedResults.ValidationProblem(errors, title: "The nation's figures were not recorded");
        }

        await PoolingStore.AddAsync(releases.Db, label, row, cancel);
        return TypedResults.Created($"/api/v1/pooling/nations/{row.Id}", PoolingResponses.Nation(row, label));
    }

    private static async Task<Results<Ok<PoolingNationResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, PoolingNationRequest request, LabelledReleases releases, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        if (await releases.ReadAsync(releases.Db.PoolingNations, Kind, id, tracked: true, cancel) is not var (row, _))
        {
            return LabelledReleases.NotFound("nation's figures", id);
        }

        Viewer viewer = await releases.ViewerAsync(cancel);
        DateTimeOffset now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        // A tracked row is changed only when the request is valid, and saved only when its label is too.
        bool valid = PoolingFiguresInput.Nation(request, row, errors);
        ConfidentialityLabel? label = PoolingInput.Label(request.Label, request.LabelXml, viewer, policy, now, errors);
        if (!valid || label is null)
        {
            audit.RefusedWrite(viewer, label, $"change {LabelledReleases.Reference(Kind, id)}", string.Join(" ", errors.SelectMany(error => error.Value)));
            return TypedResults.ValidationProblem(errors, title: "The nation's figures were not changed");
        }

        row.Updated = now;
        row.Author = viewer.UserName;
        await PoolingStore.UpdateAsync(releases.Db, label, row, cancel);
        return TypedResults.Ok(PoolingResponses.Nation(row, label));
    }
}
