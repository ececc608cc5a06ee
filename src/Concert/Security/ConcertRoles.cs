namespace Concert.Security;

/// <summary>The roles an account can hold, as written in accounts, claims and policies.</summary>
internal static class ConcertRoles
{
    /// <summary>Keeps the live picture and raises alerts.</summary>
    public const string WatchOfficer = "watch-officer";

    /// <summary>Studies records and writes assessments.</summary>
    public const string Analyst = "analyst";

    /// <summary>Plans pooled operations.</summary>
    public const string Planner = "planner";

    /// <summary>Manages accounts and reads the audit log.</summary>
    public const string Administrator = "administrator";

    /// <summary>Reads what is released to them and writes nothing (an invited non-member's delegate).</summary>
    public const string Observer = "observer";

    /// <summary>Every role, for validation.</summary>
    public static IReadOnlyList<string> All { get; } = [WatchOfficer, Analyst, Planner, Administrator, Observer];

    /// <summary>The roles that may write records.</summary>
    public static IReadOnlyList<string> Writers { get; } = [WatchOfficer, Analyst, Planner, Administrator];
}
