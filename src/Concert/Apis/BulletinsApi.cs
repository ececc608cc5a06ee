using Concert.Apis.Contracts;
using Concert.Data;
using Concert.Security;
using Concert.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concert.Apis;

/// <summary><c>/api/v1/bulletins</c>: secretariat bulletins, the first labelled record type.</summary>
/// <remarks>
/// Lists and reads go through <see cref="ReleaseQueryExtensions.ReleasableTo"/>, so the database returns only rows the
/// viewer may see. A bulletin the viewer may not see answers 404 exactly like one that does not exist, and the refusal
/// is audited as a deny.
/// </remarks>
internal static class BulletinsApi
{
    private const string Kind = "bulletin";

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

    private static Task<Results<Ok<Page<BulletinResponse>>, ValidationProblem>> ListAsync(
        long? before, int? limit, LabelledReleases releases, HttpContext http) =>
        releases.ListAsync(releases.Db.Bulletins, Kind, before, limit, ToResponse, http.RequestAborted);

    private static async Task<Results<Ok<BulletinResponse>, ProblemHttpResult>> ReadAsync(long id, LabelledReleases releases, HttpContext http) =>
        await releases.ReadAsync(releases.Db.Bulletins, Kind, id, tracked: false, http.RequestAborted) is var (bulletin, label)
            ? TypedResults.Ok(ToResponse(bulletin, label))
            : LabelledReleases.NotFound(Kind, id);

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
}
