namespace Concert.Sharing.Audit;

/// <summary>
/// What an audit entry records. Written in the log as the lower-case words given on each member.
/// </summary>
public enum AuditEntryKind
{
    /// <summary>"permit": information was released to a user.</summary>
    Permit,

    /// <summary>"deny": a release was refused.</summary>
    Deny,

    /// <summary>"sign-in": a user signed in (or tried to; the details say which).</summary>
    SignIn,

    /// <summary>"export": information left Concert (a file, a STANAG 4774 labelled product).</summary>
    Export,

    /// <summary>"admin-change": an administrator changed users, roles, policies or communities.</summary>
    AdminChange,
}
