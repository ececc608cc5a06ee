using Concert.Apis.Contracts;
using Concert.Data.Pooling;
using Concert.Security;
using Concert.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concert.Apis;

/// <summary><c>/api/v1/pooling/projects</c>: common projects and what they need, area by area and week by week.</summary>
internal static class PoolingProjectsApi
{
    private const string Kind = "project";

    /// <summary>Maps the endpoints.</summary>
    /// <param name="pooling">The /api/v1/pooling group.</param>
    public static void MapPoolingProjects(this RouteGroupBuilder pooling)
    {
        pooling.MapGet("/projects", ListAsync).RequireAuthorization(ConcertPolicies.Reader)
            .WithSummary("The projects released to the user, newest first; page with 'before'.");
        pooling.MapGet("/projects/{id:long}", ReadAsync).RequireAuthorization(ConcertPolicies.Reader)
            .WithSummary("One project; 404 when it does not exist or is not released to the user.");
        pooling.MapPost("/projects", CreateAsync).RequireAuthorization(ConcertPolicies.Planner).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<PoolingProjectRequest>>()
            .WithSummary("Records a project with its areas, requirements, rotation rule and budget caps.");
        pooling.MapPut("/projects/{id:long}", UpdateAsync).RequireAuthorization(ConcertPolicies.Planner).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<PoolingProjectRequest>>()
            .WithSummary("Changes a project released to the user, its label included.");
    }

    private static Task<Results<Ok<Page<PoolingProjectResponse>>, ValidationProblem>> ListAsync(
        long? before, int? limit, LabelledReleases releases, HttpContext http) =>
        releases.ListAsync(releases.Db.PoolingProjects, Kind, before, limit, PoolingResponses.Project, http.RequestAborted);

    private static async Task<Results<Ok<PoolingProjectResponse>, ProblemHttpResult>> ReadAsync(long id, LabelledReleases releases, HttpContext http) =>
        await releases.ReadAsync(releases.Db.PoolingProjects, Kind, id, tracked: false, http.RequestAborted) is var (row, label)
            ? TypedResults.Ok(PoolingResponses.Project(row, label))
            : LabelledReleases.NotFound(Kind, id);

    private static async Task<Results<Created<PoolingProjectResponse>, ValidationProblem>> CreateAsync(
        PoolingProjectRequest request, LabelledReleases releases, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        Viewer viewer = await releases.ViewerAsync(cancel);
        DateTimeOffset now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        var row = new StoredPoolingProject
        {
            Code = string.Empty, Name = string.Empty, AreasJson = "[]", RequirementsJson = "[]", BudgetCapsJson = "{}",
            Created = now, Updated = now, Author = viewer.UserName,
        };
        bool valid = PoolingInput.Project(request, row, errors);
        ConfidentialityLabel? label = PoolingInput.Label(request.Label, request.LabelXml, viewer, policy, now, errors);
        if (!valid || label is null)
        {
            audit.RefusedWrite(viewer, label, "create project", string.Join(" ", errors.SelectMany(error => error.Value)));
            return TypedResults.ValidationProblem(errors, title: "The project was not recorded");
        }

        await PoolingStore.AddAsync(releases.Db, label, row, cancel);
        return TypedResults.Created($"/api/v1/pooling/projects/{row.Id}", PoolingResponses.Project(row, label));
    }

    private static async Task<Results<Ok<PoolingProjectResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, PoolingProjectRequest request, LabelledReleases releases, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        if (await releases.ReadAsync(releases.Db.PoolingProjects, Kind, id, tracked: true, cancel) is not var (row, _))
        {
            return LabelledReleases.NotFound(Kind, id);
        }

        Viewer viewer = await releases.ViewerAsync(cancel);
        DateTimeOffset now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        // A tracked row is changed only when the request is valid, and saved only when its label is too.
        bool valid = PoolingInput.Project(request, row, errors);
        ConfidentialityLabel? label = PoolingInput.Label(request.Label, request.LabelXml, viewer, policy, now, errors);
        if (!valid || label is null)
        {
            audit.RefusedWrite(viewer, label, $"change {LabelledReleases.Reference(Kind, id)}", string.Join(" ", errors.SelectMany(error => error.Value)));
            return TypedResults.ValidationProblem(errors, title: "The project was not changed");
        }

        row.Updated = now;
        row.Author = viewer.UserName;
        await PoolingStore.UpdateAsync(releases.Db, label, row, cancel);
        return TypedResults.Ok(PoolingResponses.Project(row, label));
    }
}
