using Concert.Apis.Contracts;
using Concert.Data;
using Concert.Data.Pooling;
using Concert.Security;
using Concert.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concert.Apis;

/// <summary>
/// The list, read, create and update endpoints of one kind of labelled pooling record (asset pledges, funds, nations'
/// figures, projects). Reads are decided in the query by <see cref="LabelledReleases"/>. A write is checked field by
/// field and its label against the writer; a refused write is audited with its reasons and answered 400 with the
/// errors by field, an accepted one is stored with its label and answered as the writer now sees it.
/// </summary>
/// <typeparam name="TRow">The stored record.</typeparam>
/// <typeparam name="TRequest">The create or change request.</typeparam>
/// <typeparam name="TResponse">The record as the API shows it.</typeparam>
internal sealed class LabelledRecordEndpoints<TRow, TRequest, TResponse>
    where TRow : class, IEditableRecord
    where TRequest : class, ILabelledRequest
{
    /// <summary>The path under the group ("funds").</summary>
    public required string Path { get; init; }

    /// <summary>The record kind in audit references ("funds" in "funds/42").</summary>
    public required string Kind { get; init; }

    /// <summary>The record in words for messages ("funds pledge").</summary>
    public required string Noun { get; init; }

    /// <summary>Whether <see cref="Noun"/> takes a plural verb ("the nation's figures were").</summary>
    public bool NounIsPlural { get; init; }

    /// <summary>The table.</summary>
    public required Func<ConcertDbContext, DbSet<TRow>> Table { get; init; }

    /// <summary>A blank row for a new record; <see cref="Apply"/> fills it.</summary>
    public required Func<TRow> NewRow { get; init; }

    /// <summary>Checks a request and, when it is valid, copies it onto the row; field errors go into the dictionary.</summary>
    public required Func<TRequest, TRow, Dictionary<string, string[]>, bool> Apply { get; init; }

    /// <summary>The response of a row under its label.</summary>
    public required Func<TRow, ConfidentialityLabel, TResponse> Respond { get; init; }

    /// <summary>The OpenAPI summaries of list, read, create and update, in that order.</summary>
    public required (string List, string Read, string Create, string Update) Summaries { get; init; }

    /// <summary>Maps the four endpoints: readers list and read, planners create and change.</summary>
    /// <param name="group">The group the path is under.</param>
    /// <param name="groupPath">The group's own path, for the location of a created record ("/api/v1/pooling").</param>
    public void Map(RouteGroupBuilder group, string groupPath)
    {
        ArgumentNullException.ThrowIfNull(group);
        string path = "/" + Path;
        group.MapGet(path, ListAsync).RequireAuthorization(ConcertPolicies.Reader).WithSummary(Summaries.List);
        group.MapGet(path + "/{id:long}", ReadAsync).RequireAuthorization(ConcertPolicies.Reader).WithSummary(Summaries.Read);
        group.MapPost(path, (TRequest request, LabelledReleases releases, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http) =>
                CreateAsync(groupPath + path, request, releases, policy, audit, time, http))
            .RequireAuthorization(ConcertPolicies.Planner).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<TRequest>>().WithSummary(Summaries.Create);
        group.MapPut(path + "/{id:long}", UpdateAsync)
            .RequireAuthorization(ConcertPolicies.Planner).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<TRequest>>().WithSummary(Summaries.Update);
    }

    private Task<Results<Ok<Page<TResponse>>, ValidationProblem>> ListAsync(long? before, int? limit, LabelledReleases releases, HttpContext http) =>
        releases.ListAsync(Table(releases.Db), Kind, before, limit, Respond, http.RequestAborted);

    private async Task<Results<Ok<TResponse>, ProblemHttpResult>> ReadAsync(long id, LabelledReleases releases, HttpContext http) =>
        await releases.ReadAsync(Table(releases.Db), Kind, id, tracked: false, http.RequestAborted) is var (row, label)
            ? TypedResults.Ok(Respond(row, label))
            : LabelledReleases.NotFound(Noun, id);

    private async Task<Results<Created<TResponse>, ValidationProblem>> CreateAsync(
        string location, TRequest request, LabelledReleases releases, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        Viewer viewer = await releases.ViewerAsync(cancel);
        DateTimeOffset now = time.GetUtcNow();
        TRow row = NewRow();
        row.Created = now;
        var errors = new Dictionary<string, string[]>();
        if (Check(request, row, viewer, policy, audit, now, $"create {Noun}", errors) is not { } label)
        {
            return TypedResults.ValidationProblem(errors, title: $"The {Noun} {(NounIsPlural ? "were" : "was")} not recorded");
        }

        Stamp(row, viewer, now);
        await PoolingStore.AddAsync(releases.Db, label, row, cancel);
        return TypedResults.Created($"{location}/{row.Id}", Respond(row, label));
    }

    private async Task<Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, TRequest request, LabelledReleases releases, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        if (await releases.ReadAsync(Table(releases.Db), Kind, id, tracked: true, cancel) is not var (row, _))
        {
            return LabelledReleases.NotFound(Noun, id);
        }

        Viewer viewer = await releases.ViewerAsync(cancel);
        DateTimeOffset now = time.GetUtcNow();
        var errors = new Dictionary<string, string[]>();
        // The tracked row may take valid fields while the label is refused; it is saved only when both are good.
        if (Check(request, row, viewer, policy, audit, now, $"change {LabelledReleases.Reference(Kind, id)}", errors) is not { } label)
        {
            return TypedResults.ValidationProblem(errors, title: $"The {Noun} {(NounIsPlural ? "were" : "was")} not changed");
        }

        Stamp(row, viewer, now);
        await PoolingStore.UpdateAsync(releases.Db, label, row, cancel);
        return TypedResults.Ok(Respond(row, label));
    }

    /// <summary>The request's fields onto the row and its label; null, after auditing the refusal, when either is bad.</summary>
    private ConfidentialityLabel? Check(
        TRequest request, TRow row, Viewer viewer, SharingPolicy policy, SharingAudit audit, DateTimeOffset now, string action, Dictionary<string, string[]> errors)
    {
        bool valid = Apply(request, row, errors);
        ConfidentialityLabel? label = PoolingInput.Label(request.Label, request.LabelXml, viewer, policy, now, errors);
        if (valid && label is not null)
        {
            return label;
        }

        audit.RefusedWrite(viewer, label, action, string.Join(" ", errors.SelectMany(error => error.Value)));
        return null;
    }

    private static void Stamp(TRow row, Viewer viewer, DateTimeOffset now)
    {
        row.Updated = now;
        row.Author = viewer.UserName;
    }
}
