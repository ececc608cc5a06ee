namespace Concert.Hosting;

/// <summary>Sign-in protections and tokens (configuration section "Concert:SignIn").</summary>
internal sealed class ConcertSignInOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Concert:SignIn";

    /// <summary>Sign-in requests allowed per client address per minute.</summary>
    public int PermitsPerMinute { get; set; } = 10;

    /// <summary>Consecutive failures that lock an account.</summary>
    public int LockoutThreshold { get; set; } = 5;

    /// <summary>How long a locked account refuses sign-in.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a browser session lasts without use.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a token from <c>POST /api/v1/auth/token</c> is valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>An OpenID Connect authority whose tokens are accepted instead of Concert's own; null for Concert's.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience tokens must be issued for.</summary>
    public string Audience { get; set; } = "concert";
}
