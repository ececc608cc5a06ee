using Concert.Apis.Contracts;
using Concert.Security;
using Concert.Sharing;
using Concert.Sharing.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Concert.Apis;

/// <summary><c>/api/v1/audit</c>: the audit log for administrators, newest first.</summary>
internal static class AuditApi
{
    /// <summary>Maps the endpoint.</summary>
    /// <param name="api">The /api/v1 group.</param>
    /// <returns>The endpoint.</returns>
    public static RouteHandlerBuilder MapAuditApi(this RouteGroupBuilder api) =>
        api.MapGet("/audit", List).RequireAuthorization(ConcertPolicies.Administrator).WithTags("Audit")
            .WithSummary("Audit entries, newest first; page with 'before' (the previous page's nextBefore).");

    private static Results<Ok<Page<AuditEntryResponse>>, ValidationProblem> List(long? before, int? limit, SharingAudit audit)
    {
        int size = limit ?? LabelledReleases.DefaultPageSize;
        if (size is < 1 or > LabelledReleases.MaximumPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["limit"] = [$"The page size must be between 1 and {LabelledReleases.MaximumPageSize}."],
            });
        }

        // The file is the record; a page is the last entries before the cursor, kept while reading it through once.
        var newest = new Queue<AuditEntry>(size + 1);
        bool older = false;
        foreach (AuditEntry entry in AuditLogReader.ReadEntries(audit.Path))
        {
            if (before is { } cursor && entry.Sequence >= cursor)
            {
                break;
            }

            newest.Enqueue(entry);
            if (newest.Count > size)
            {
                newest.Dequeue();
                older = true;
            }
        }

        AuditEntryResponse[] items = [.. newest.Reverse().Select(ToResponse)];
        return TypedResults.Ok(new Page<AuditEntryResponse>(items, older ? items[^1].Sequence : null));
    }

    private static AuditEntryResponse ToResponse(AuditEntry entry) => new(
        entry.Sequence,
        entry.Time,
        entry.Kind,
        entry.Actor?.UserId,
        entry.Actor?.Nation.Code,
        entry.Actor?.Clearance.ToMarking(),
        entry.Label,
        entry.PolicyVersion,
        entry.Details,
        entry.Hash);
}
