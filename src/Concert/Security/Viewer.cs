using Concert.Sharing;
using Concert.Sharing.Audit;

namespace Concert.Security;

/// <summary>The signed-in user of a request, with the attributes release decisions and audit entries use.</summary>
/// <param name="AccountId">The account's key.</param>
/// <param name="UserName">The sign-in name.</param>
/// <param name="DisplayName">The name shown to people.</param>
/// <param name="Roles">The account's roles.</param>
/// <param name="SecurityStamp">The account's current security stamp.</param>
/// <param name="Subject">The sharing attributes.</param>
internal sealed record Viewer(long AccountId, string UserName, string DisplayName, IReadOnlyList<string> Roles, string SecurityStamp, SharingSubject Subject)
{
    /// <summary>The actor written into audit entries.</summary>
    public AuditActor Actor => AuditActor.From(UserName, Subject);
}
