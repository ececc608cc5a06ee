using System.Globalization;
using Concert.Apis.Contracts;
using Concert.Data;
using Concert.Security;
using Concert.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concert.Apis;

/// <summary>
/// Lists and reads of labelled records (bulletins, pledges, projects, plans), decided in the query: rows go through
/// <see cref="ReleaseQueryExtensions.ReleasableTo"/>, a list page audits one permit per label, a read by id audits its
/// permit or deny, and a withheld row answers 404 exactly like a missing one.
/// </summary>
/// <param name="accessor">The current viewer.</param>
/// <param name="db">The records.</param>
/// <param name="release">The viewer's permitted labels.</param>
/// <param name="policy">The sharing policy.</param>
/// <param name="audit">The audit log.</param>
internal sealed class LabelledReleases(ViewerAccessor accessor, ConcertDbContext db, ReleaseFilter release, SharingPolicy policy, SharingAudit audit)
{
    /// <summary>Items on a page when the request does not say.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The most items on a page.</summary>
    public const int MaximumPageSize = 200;

    /// <summary>The records.</summary>
    public ConcertDbContext Db => db;

    /// <summary>The signed-in user.</summary>
    /// <param name="cancel">Cancels the look-up.</param>
    /// <returns>The viewer.</returns>
    public Task<Viewer> ViewerAsync(CancellationToken cancel) => accessor.ViewerAsync(cancel);

    /// <summary>The labels the viewer may see now.</summary>
    /// <param name="viewer">The viewer.</param>
    /// <param name="cancel">Cancels the refresh.</param>
    /// <returns>The permitted label ids.</returns>
    public Task<ReleasableLabels> ReleasableAsync(Viewer viewer, CancellationToken cancel) => release.ForAsync(viewer, db, cancel);

    /// <summary>The label of a stored label id that was released (so it is in the catalogue).</summary>
    /// <param name="labelId">The id.</param>
    /// <param name="cancel">Cancels the refresh.</param>
    /// <returns>The label.</returns>
    public async Task<ConfidentialityLabel> LabelAsync(long labelId, CancellationToken cancel) =>
        await release.LabelOfAsync(labelId, db, cancel) ?? throw new InvalidOperationException($"Label {labelId} was released but is not in the catalogue.");

    /// <summary>One page of the rows released to the viewer, newest first.</summary>
    /// <typeparam name="TRow">The labelled row.</typeparam>
    /// <typeparam name="TResponse">Its response.</typeparam>
    /// <param name="rows">The table.</param>
    /// <param name="kind">The record kind in audit references ("pledge").</param>
    /// <param name="before">Keyset cursor.</param>
    /// <param name="limit">Page size.</param>
    /// <param name="toResponse">The response of a row.</param>
    /// <param name="cancel">Cancels the queries.</param>
    /// <returns>The page, or a validation problem for a bad page size.</returns>
    public async Task<Results<Ok<Page<TResponse>>, ValidationProblem>> ListAsync<TRow, TResponse>(
        IQueryable<TRow> rows, string kind, long? before, int? limit, Func<TRow, ConfidentialityLabel, TResponse> toResponse, CancellationToken cancel)
        where TRow : class, ILabelledRecord
    {
        int size = limit ?? DefaultPageSize;
        if (size is < 1 or > MaximumPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"The page size must be between 1 and {MaximumPageSize}."],
            });
        }

        Viewer viewer = await accessor.ViewerAsync(cancel);
        ReleasableLabels releasable = await release.ForAsync(viewer, db, cancel);
        IQueryable<TRow> query = rows.AsNoTracking().ReleasableTo(releasable);
        if (before is { } cursor)
        {
            query = query.Where(row => row.Id < cursor);
        }

        List<TRow> page = await query.OrderByDescending(row => row.Id).Take(size + 1).ToListAsync(cancel);
        bool more = page.Count > size;
        if (more)
        {
            page.RemoveAt(page.Count - 1);
        }

        foreach (IGrouping<long, TRow> sameLabel in page.GroupBy(row => row.LabelId))
        {
            audit.ListRelease(viewer, await LabelAsync(sameLabel.Key, cancel), string.Join(' ', sameLabel.Select(row => Reference(kind, row.Id))));
        }

        var items = new List<TResponse>(page.Count);
        foreach (TRow row in page)
        {
            items.Add(toResponse(row, await LabelAsync(row.LabelId, cancel)));
        }

        return TypedResults.Ok(new Page<TResponse>(items, more ? page[^1].Id : null));
    }

    /// <summary>One row released to the viewer, audited; null (after auditing a deny) when withheld or missing.</summary>
    /// <typeparam name="TRow">The labelled row.</typeparam>
    /// <param name="rows">The table.</param>
    /// <param name="kind">The record kind in audit references.</param>
    /// <param name="id">The key.</param>
    /// <param name="tracked">Whether the row is tracked for an update.</param>
    /// <param name="cancel">Cancels the queries.</param>
    /// <returns>The row with its label, or null.</returns>
    public async Task<(TRow Row, ConfidentialityLabel Label)?> ReadAsync<TRow>(IQueryable<TRow> rows, string kind, long id, bool tracked, CancellationToken cancel)
        where TRow : class, ILabelledRecord
    {
        Viewer viewer = await accessor.ViewerAsync(cancel);
        ReleasableLabels releasable = await release.ForAsync(viewer, db, cancel);
        IQueryable<TRow> query = tracked ? rows : rows.AsNoTracking();
        TRow? row = await query.ReleasableTo(releasable).SingleOrDefaultAsync(candidate => candidate.Id == id, cancel);
        if (row is not null)
        {
            ConfidentialityLabel label = await LabelAsync(row.LabelId, cancel);
            audit.Decision(viewer, label, policy.Decider.Decide(viewer.Subject, label, releasable.At), Reference(kind, id));
            return (row, label);
        }

        // Not released or not there: the same answer either way. Only the label id of a withheld row is read, to audit the deny.
        long? withheldLabel = await rows.Where(candidate => candidate.Id == id).Select(candidate => (long?)candidate.LabelId).SingleOrDefaultAsync(cancel);
        if (withheldLabel is { } labelId && await release.LabelOfAsync(labelId, db, cancel) is { } withheld)
        {
            audit.Decision(viewer, withheld, policy.Decider.Decide(viewer.Subject, withheld, releasable.At), Reference(kind, id));
        }

        return null;
    }

    /// <summary>The audit reference of a record ("pledge/42").</summary>
    /// <param name="kind">The record kind.</param>
    /// <param name="id">The key.</param>
    /// <returns>The reference.</returns>
    public static string Reference(string kind, long id) => string.Create(CultureInfo.InvariantCulture, $"{kind}/{id}");

    /// <summary>The 404 of a record that does not exist or is withheld.</summary>
    /// <param name="kind">The record kind in words ("pledge").</param>
    /// <param name="id">The key.</param>
    /// <returns>The problem.</returns>
    public static ProblemHttpResult NotFound(string kind, long id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: $"No such {kind}",
        detail: string.Create(CultureInfo.InvariantCulture, $"There is no {kind} {id} that you may see."));
}
