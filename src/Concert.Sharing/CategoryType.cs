namespace Concert.Sharing;

/// <summary>
/// How a STANAG 4774 category's values restrict access.
/// </summary>
public enum CategoryType
{
    /// <summary>The user needs at least one of the values (e.g. "Releasable to").</summary>
    Permissive,

    /// <summary>The user needs every value (caveats such as special handling groups).</summary>
    Restrictive,

    /// <summary>Display only; no effect on access.</summary>
    Informative,
}
