namespace Concert.Security;

/// <summary>The result of checking a user name and password.</summary>
internal enum SignInOutcome
{
    /// <summary>The password is right and the account is not locked.</summary>
    Success,

    /// <summary>No account has the name (answered like a wrong password, so names cannot be probed).</summary>
    UnknownUser,

    /// <summary>The password is wrong.</summary>
    WrongPassword,

    /// <summary>Too many failures: refused until the lockout ends, whatever the password.</summary>
    LockedOut,
}
