namespace Concert.Sharing;

/// <summary>
/// The NATO hierarchy of classification levels, lowest first; a higher value needs more protection.
/// </summary>
/// <remarks>
/// The numeric values are an order only (compare with &lt; and &gt;); national names per level are in
/// <see cref="ClassificationEquivalence"/>.
/// </remarks>
public enum Classification
{
    /// <summary>UNCLASSIFIED: no damage if disclosed.</summary>
    Unclassified = 0,

    /// <summary>RESTRICTED: disadvantageous to the interests of the originators if disclosed.</summary>
    Restricted = 1,

    /// <summary>CONFIDENTIAL: damaging to the interests of the originators if disclosed.</summary>
    Confidential = 2,

    /// <summary>SECRET: serious damage if disclosed.</summary>
    Secret = 3,

    /// <summary>TOP SECRET (COSMIC TOP SECRET under the NATO policy): exceptionally grave damage if disclosed.</summary>
    TopSecret = 4,
}
