using System.Globalization;
using System.Security.Claims;
using Concert.Data;

namespace Concert.Security;

/// <summary>The claims of a Concert session, the same in the cookie and in tokens.</summary>
internal static class SessionClaims
{
    /// <summary>Account id, name, roles, security stamp, and the must-change-password marker when set.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The claims.</returns>
    public static List<Claim> For(UserAccount account)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.UserName),
            new(ConcertClaims.SecurityStamp, account.SecurityStamp),
            .. account.Roles.Select(role => new Claim(ClaimTypes.Role, role)),
        ];
        if (account.MustChangePassword)
        {
            claims.Add(new Claim(ConcertClaims.MustChangePassword, "true"));
        }

        return claims;
    }

    /// <summary>The account id of a principal, or null.</summary>
    /// <param name="principal">The principal.</param>
    /// <returns>The id.</returns>
    public static long? AccountId(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out long id) ? id : null;
}
