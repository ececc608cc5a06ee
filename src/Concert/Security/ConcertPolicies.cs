namespace Concert.Security;

/// <summary>Names of the authorization policies; every endpoint names one (or allows anonymous access explicitly).</summary>
internal static class ConcertPolicies
{
    /// <summary>A signed-in user whose password needs no change: reading anything released to them.</summary>
    public const string Reader = "reader";

    /// <summary>A reader with a role that writes records.</summary>
    public const string Writer = "writer";

    /// <summary>A reader with the planner role: writes pooling records and runs the planner.</summary>
    public const string Planner = "planner";

    /// <summary>An administrator.</summary>
    public const string Administrator = "administrator";

    /// <summary>Any signed-in user, even one who must change the password first: the password change itself.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>The rate limiter policy of the sign-in endpoints.</summary>
    public const string SignInRateLimit = "sign-in";
}
