namespace Concert.Sharing;

/// <summary>
/// The marking words of <see cref="Classification"/> levels as STANAG 4774 labels write them
/// ("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET").
/// </summary>
/// <remarks>
/// Reading also accepts the forms the NATO policy writes ("NATO SECRET", "COSMIC TOP SECRET"), since those are what
/// labels from NATO systems carry under the policy identifier "NATO".
/// </remarks>
public static class ClassificationMarkings
{
    /// <summary>The marking of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The upper-case marking.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined level.</exception>
    public static string ToMarking(this Classification level) => level switch
    {
        Classification.Unclassified => "UNCLASSIFIED",
        Classification.Restricted => "RESTRICTED",
        Classification.Confidential => "CONFIDENTIAL",
        Classification.Secret => "SECRET",
        Classification.TopSecret => "TOP SECRET",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a classification level."),
    };

    /// <summary>Reads a marking; exact upper-case words, with an optional "NATO " prefix or "COSMIC TOP SECRET".</summary>
    /// <param name="marking">The marking text.</param>
    /// <param name="level">The level, or <see cref="Classification.Unclassified"/> on failure.</param>
    /// <returns>True when the marking names a level.</returns>
    public static bool TryParse(string? marking, out Classification level)
    {
        string? bare = marking is not null && marking.StartsWith("NATO ", StringComparison.Ordinal) ? marking[5..] : marking;
        (bool known, level) = bare switch
        {
            "UNCLASSIFIED" => (true, Classification.Unclassified),
            "RESTRICTED" => (true, Classification.Restricted),
            "CONFIDENTIAL" => (true, Classification.Confidential),
            "SECRET" => (true, Classification.Secret),
            "TOP SECRET" or "COSMIC TOP SECRET" => (true, Classification.TopSecret),
            _ => (false, Classification.Unclassified),
        };
        return known;
    }
}
