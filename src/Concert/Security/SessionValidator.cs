using System.Security.Claims;
using Concert.Data;
using Microsoft.EntityFrameworkCore;

namespace Concert.Security;

/// <summary>
/// Decides whether a cookie or token still speaks for its account: the account must exist and its security stamp
/// must be the one the session began with, so a password change ends every older session.
/// </summary>
internal static class SessionValidator
{
    /// <summary>Whether <paramref name="principal"/> is a current session.</summary>
    /// <param name="principal">The authenticated principal.</param>
    /// <param name="db">The records.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>True when current.</returns>
    public static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, ConcertDbContext db, CancellationToken cancellationToken)
    {
        if (SessionClaims.AccountId(principal) is not { } id)
        {
            return false;
        }

        string? stamp = await db.Users.Where(user => user.Id == id).Select(user => user.SecurityStamp).SingleOrDefaultAsync(cancellationToken);
        return stamp is not null && string.Equals(stamp, principal.FindFirstValue(ConcertClaims.SecurityStamp), StringComparison.Ordinal);
    }

    /// <summary>For tokens of an external authority: the claims of the local account named by the token, or null
    /// when no account has that name.</summary>
    /// <param name="principal">The principal from the authority's token.</param>
    /// <param name="db">The records.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The local session identity, or null.</returns>
    public static async Task<ClaimsIdentity?> LocalIdentityAsync(ClaimsPrincipal principal, ConcertDbContext db, CancellationToken cancellationToken)
    {
        string? name = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue(ClaimTypes.Name);
        if (name is null)
        {
            return null;
        }

        string userName = name.ToLowerInvariant();
        UserAccount? account = await db.Users.AsNoTracking().SingleOrDefaultAsync(user => user.UserName == userName, cancellationToken);
        return account is null ? null : new ClaimsIdentity(SessionClaims.For(account), "authority", ClaimTypes.Name, ClaimTypes.Role);
    }
}
