namespace Concert.Security;

/// <summary>Claim types Concert puts in its cookies and tokens beyond the standard ones.</summary>
internal static class ConcertClaims
{
    /// <summary>The account's security stamp when the session began; a different stamp now ends the session.</summary>
    public const string SecurityStamp = "concert:stamp";

    /// <summary>Present while the account must replace its password: only the password change is allowed.</summary>
    public const string MustChangePassword = "concert:must-change-password";
}
