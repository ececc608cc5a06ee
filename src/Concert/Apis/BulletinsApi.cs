using System.Globalization;
using Concert.Apis.Contracts;
using Concert.Data;
using Concert.Security;
using Concert.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Concert.Apis;

/// <summary><c>/api/v1/bulletins</c>: secretariat bulletins, the first labelled record type.</summary>
/// <remarks>
/// Lists and reads go through <see cref="ReleaseQueryExtensions.ReleasableTo"/>, so the database returns only rows the
/// viewer may see. A bulletin the viewer may not see answers 404 exactly like one that does not exist, and the refusal
/// is audited as a deny.
/// </remarks>
internal static class BulletinsApi
{
    /// <summary>Items on a page when the request does not say.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The most items on a page.</summary>
    public const int MaximumPageSize = 200;

    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The /api/v1 group.</param>
    /// <returns>The bulletins group.</returns>
    public static RouteGroupBuilder MapBulletinsApi(this RouteGroupBuilder api)
    {
        RouteGroupBuilder bulletins = api.MapGroup("/bulletins").WithTags("Bulletins");
        bulletins.MapGet("/", ListAsync).RequireAuthorization(ConcertPolicies.Reader)
            .WithSummary("The bulletins released to the user, newest first; page with 'before' (the previous page's nextBefore).");
        bulletins.MapGet("/{id:long}", ReadAsync).RequireAuthorization(ConcertPolicies.Reader)
            .WithName("GetBulletin").WithSummary("One bulletin; 404 when it does not exist or is not released to the user.");
        bulletins.MapPost("/", CreateAsync).RequireAuthorization(ConcertPolicies.Writer).AddEndpointFilter<CookieAntiforgeryFilter>()
            .AddEndpointFilter<ValidateRequestFilter<CreateBulletinRequest>>()
            .WithSummary("Writes a bulletin; the label comes as JSON fields or as STANAG 4774 XML.");
        return bulletins;
    }

    private static async Task<Results<Ok<Page<BulletinResponse>>, ValidationProblem>> ListAsync(
        long? before, int? limit, ViewerAccessor accessor, ConcertDbContext db, ReleaseFilter release, SharingAudit audit, HttpContext http)
    {
        int size = limit ?? DefaultPageSize;
        if (size is < 1 or > MaximumPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"The page size must be between 1 and {MaximumPageSize}."],
            });
        }

        CancellationToken cancel = http.RequestAborted;
        Viewer viewer = await accessor.ViewerAsync(cancel);
        ReleasableLabels releasable = await release.ForAsync(viewer, db, cancel);
        IQueryable<Bulletin> query = db.Bulletins.AsNoTracking().ReleasableTo(releasable);
        if (before is { } cursor)
        {
            query = query.Where(bulletin => bulletin.Id < cursor);
        }

        List<Bulletin> rows = await query.OrderByDescending(bulletin => bulletin.Id).Take(size + 1).ToListAsync(cancel);
        bool more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var items = new List<BulletinResponse>(rows.Count);
        foreach (IGrouping<long, Bulletin> sameLabel in rows.GroupBy(row => row.LabelId))
        {
            ConfidentialityLabel label = await release.LabelOfAsync(sameLabel.Key, db, cancel)
                ?? throw new InvalidOperationException($"Label {sameLabel.Key} was released but is not in the catalogue.");
            audit.ListRelease(viewer, label, string.Join(' ', sameLabel.Select(row => Reference(row.Id))));
        }

        foreach (Bulletin row in rows)
        {
            items.Add(ToResponse(row, (await release.LabelOfAsync(row.LabelId, db, cancel))!));
        }

        return TypedResults.Ok(new Page<BulletinResponse>(items, more ? rows[^1].Id : null));
    }

    private static async Task<Results<Ok<BulletinResponse>, ProblemHttpResult>> ReadAsync(
        long id, ViewerAccessor accessor, ConcertDbContext db, ReleaseFilter release, SharingPolicy policy, SharingAudit audit, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        Viewer viewer = await accessor.ViewerAsync(cancel);
        ReleasableLabels releasable = await release.ForAsync(viewer, db, cancel);
        Bulletin? bulletin = await db.Bulletins.AsNoTracking().ReleasableTo(releasable).SingleOrDefaultAsync(row => row.Id == id, cancel);
        if (bulletin is not null)
        {
            ConfidentialityLabel label = (await release.LabelOfAsync(bulletin.LabelId, db, cancel))!;
            audit.Decision(viewer, label, policy.Decider.Decide(viewer.Subject, label, releasable.At), Reference(id));
            return TypedResults.Ok(ToResponse(bulletin, label));
        }

        // Not released or not there: the same answer either way. Only the label id of a withheld row is read, to audit the deny.
        long? withheldLabel = await db.Bulletins.Where(row => row.Id == id).Select(row => (long?)row.LabelId).SingleOrDefaultAsync(cancel);
        if (withheldLabel is { } labelId && await release.LabelOfAsync(labelId, db, cancel) is { } withheld)
        {
            audit.Decision(viewer, withheld, policy.Decider.Decide(viewer.Subject, withheld, releasable.At), Reference(id));
        }

        return NotFound(id);
    }

    private static async Task<Results<Created<BulletinResponse>, ValidationProblem>> CreateAsync(
        CreateBulletinRequest request, ViewerAccessor accessor, ConcertDbContext db, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        CancellationToken cancel = http.RequestAborted;
        Viewer viewer = await accessor.ViewerAsync(cancel);
        DateTimeOffset now = time.GetUtcNow();
        ConfidentialityLabel? label = LabelInput.Read(request.Label, request.LabelXml, policy, now, out Dictionary<string, string[]> errors);
        if (label is not null && policy.Decider.Decide(viewer.Subject, label, now) is { IsPermitted: false } decision)
        {
            // An author may only write what they may read: otherwise nobody who wrote a record could see or correct it.
            errors["label"] = [$"You could not read a bulletin with this label yourself. {decision.Explanation}"];
        }

        if (errors.Count > 0)
        {
            audit.RefusedWrite(viewer, label, "create bulletin", string.Join(" ", errors.SelectMany(error => error.Value)));
            return TypedResults.ValidationProblem(errors, title: "The bulletin was not written");
        }

        Bulletin bulletin = await BulletinStore.AddAsync(db, label!, request.Title, request.Body, viewer.UserName, now, cancel);
        return TypedResults.Created($"/api/v1/bulletins/{bulletin.Id}", ToResponse(bulletin, label!));
    }

    private static BulletinResponse ToResponse(Bulletin bulletin, ConfidentialityLabel label) =>
        new(bulletin.Id, bulletin.Title, bulletin.Body, bulletin.Created, bulletin.Author, label.ToResponse());

    private static string Reference(long id) => string.Create(CultureInfo.InvariantCulture, $"bulletin/{id}");

    private static ProblemHttpResult NotFound(long id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such bulletin",
        detail: string.Create(CultureInfo.InvariantCulture, $"There is no bulletin {id} that you may see."));
}
