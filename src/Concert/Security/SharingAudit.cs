using Concert.Sharing;
using Concert.Sharing.Audit;

namespace Concert.Security;

/// <summary>
/// Writes Concert's events to the hash-chained audit log, stamping each with the sharing policy's version.
/// </summary>
internal sealed class SharingAudit(AuditLog log, SharingPolicy policy)
{
    /// <summary>The log file.</summary>
    public string Path => log.Path;

    /// <summary>Records a release decision about one record.</summary>
    /// <param name="viewer">Who asked.</param>
    /// <param name="label">The record's label.</param>
    /// <param name="decision">The decision.</param>
    /// <param name="record">The record ("bulletin/42").</param>
    public void Decision(Viewer viewer, ConfidentialityLabel label, ReleaseDecision decision, string record)
    {
        var details = new Dictionary<string, string>
        {
            ["reason"] = decision.Reason.ToString(),
            ["record"] = record,
            ["reviewOverdue"] = decision.ReviewOverdue ? "true" : "false",
        };
        if (decision.Detail is { } detail)
        {
            details["detail"] = detail;
        }

        log.Append(decision.IsPermitted ? AuditEntryKind.Permit : AuditEntryKind.Deny, viewer.Actor, label, policy.Version, details);
    }

    /// <summary>Records that rows under one label were released in a list (one entry per label per page).</summary>
    /// <param name="viewer">Who asked.</param>
    /// <param name="label">The rows' label.</param>
    /// <param name="records">The released records ("bulletin/41 bulletin/42").</param>
    public void ListRelease(Viewer viewer, ConfidentialityLabel label, string records) =>
        log.Append(AuditEntryKind.Permit, viewer.Actor, label, policy.Version, new Dictionary<string, string>
        {
            ["reason"] = "ReleasableInQuery",
            ["records"] = records,
        });

    /// <summary>Records that rows under one label left the system in an export file (one entry per label per file).</summary>
    /// <param name="viewer">Who asked.</param>
    /// <param name="label">The rows' label.</param>
    /// <param name="format">The file format ("geojson", "csv").</param>
    /// <param name="records">The exported records ("vessel/211234560 vessel/311000123").</param>
    public void Export(Viewer viewer, ConfidentialityLabel label, string format, string records) =>
        log.Append(AuditEntryKind.Permit, viewer.Actor, label, policy.Version, new Dictionary<string, string>
        {
            ["action"] = "export",
            ["format"] = format,
            ["reason"] = "ReleasableInQuery",
            ["records"] = records,
        });

    /// <summary>Records a refused write: the label the user gave was not accepted.</summary>
    /// <param name="viewer">Who asked.</param>
    /// <param name="label">The label, when it could be read.</param>
    /// <param name="action">What was refused ("create bulletin").</param>
    /// <param name="reason">Why, in words.</param>
    public void RefusedWrite(Viewer viewer, ConfidentialityLabel? label, string action, string reason) =>
        log.Append(AuditEntryKind.Deny, viewer.Actor, label, policy.Version, new Dictionary<string, string>
        {
            ["action"] = action,
            ["reason"] = reason,
        });

    /// <summary>Records a sign-in attempt.</summary>
    /// <param name="actor">The account's attributes, or null when the name is unknown.</param>
    /// <param name="userName">The name given.</param>
    /// <param name="method">"password" or "token".</param>
    /// <param name="outcome">"success", "wrong-password", "unknown-user", "locked-out".</param>
    public void SignIn(AuditActor? actor, string userName, string method, string outcome) =>
        log.Append(AuditEntryKind.SignIn, actor, null, policy.Version, new Dictionary<string, string>
        {
            ["method"] = method,
            ["outcome"] = outcome,
            ["userName"] = userName,
        });

    /// <summary>Records an administrative change.</summary>
    /// <param name="actor">Who made it, or null for the server itself (first start).</param>
    /// <param name="change">What changed ("create-account", "change-password").</param>
    /// <param name="target">What it changed ("user/admin").</param>
    public void AdminChange(AuditActor? actor, string change, string target) =>
        log.Append(AuditEntryKind.AdminChange, actor, null, policy.Version, new Dictionary<string, string>
        {
            ["change"] = change,
            ["target"] = target,
        });
}
