namespace Concert.Data;

/// <summary>A local account and the sharing attributes release decisions read from it.</summary>
internal sealed class UserAccount
{
    /// <summary>The key.</summary>
    public long Id { get; set; }

    /// <summary>The sign-in name, unique, lower-case.</summary>
    public required string UserName { get; set; }

    /// <summary>The name shown to people ("Lt Cdr Sato Haruki").</summary>
    public required string DisplayName { get; set; }

    /// <summary>The hash written by ASP.NET Core's <c>PasswordHasher</c>.</summary>
    public required string PasswordHash { get; set; }

    /// <summary>True until the user has replaced a password someone else chose (the first administrator's).</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>The user's nation as an ISO 3166-1 alpha-3 code.</summary>
    public required string Nation { get; set; }

    /// <summary>The highest classification the user is cleared for.</summary>
    public Sharing.Classification Clearance { get; set; }

    /// <summary>Role names (<see cref="Security.ConcertRoles"/>).</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>Community identifiers granted in person, beyond those of the nation.</summary>
    public List<string> Communities { get; set; } = [];

    /// <summary>Caveats held.</summary>
    public List<string> Caveats { get; set; } = [];

    /// <summary>Failed sign-ins since the last success or lockout.</summary>
    public int FailedSignIns { get; set; }

    /// <summary>Until when sign-in is refused, or null.</summary>
    public DateTimeOffset? LockedOutUntil { get; set; }

    /// <summary>Changes whenever the password or the sharing attributes change, which ends older sessions' cache entries.</summary>
    public required string SecurityStamp { get; set; }
}
