using System.Diagnostics.CodeAnalysis;

namespace Concert.Sharing;

/// <summary>
/// A nation or territory identified by its ISO 3166-1 alpha-3 code ("JPN", "KOR", "AUS"), validated against the
/// built-in table of currently assigned codes.
/// </summary>
/// <remarks>
/// <para>Only exactly three upper-case ASCII letters that are assigned in ISO 3166-1 are accepted: "jpn", "JP",
/// "XKX" (Kosovo's user-assigned code) and withdrawn codes such as "ANT" are rejected.</para>
/// <para>The value is a 16-bit index into the table, so copying and comparing is as cheap as for an integer.
/// <c>default(Trigraph)</c> is not a nation: its <see cref="Code"/> is empty, <see cref="IsValid"/> is false, and it
/// belongs to no <see cref="NationSet"/>, so a subject carrying it is never released anything.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly record struct Trigraph : IComparable<Trigraph>
{
    private const int CodeSpace = 26 * 26 * 26;

    // Index 0 means "no entry"; otherwise the table ordinal plus one. 26³ shorts make parsing a single array read.
    private static readonly short[] OrdinalPlusOneByCode = BuildLookup();

    // The table ordinal plus one, so that default(Trigraph) is distinguishable from the first code ("ABW").
    private readonly short _ordinalPlusOne;

    private Trigraph(int ordinal) => _ordinalPlusOne = (short)(ordinal + 1);

    /// <summary>Number of codes in the built-in table; every <see cref="Ordinal"/> is below it.</summary>
    public static int Count => IsoCountryTable.Entries.Length;

    /// <summary>Every assigned code, in ordinal (alphabetical) order.</summary>
    public static IEnumerable<Trigraph> All => Enumerable.Range(0, Count).Select(FromOrdinal);

    /// <summary>True for a parsed code, false for <c>default(Trigraph)</c>.</summary>
    public bool IsValid => _ordinalPlusOne != 0;

    /// <summary>The position of this code in the built-in table (0 to <see cref="Count"/> − 1), or −1 for default.</summary>
    public int Ordinal => _ordinalPlusOne - 1;

    /// <summary>The three upper-case letters, or the empty string for <c>default(Trigraph)</c>.</summary>
    public string Code => IsValid ? IsoCountryTable.Entries[Ordinal].Code : string.Empty;

    /// <summary>The short English name ("South Korea"), or the empty string for <c>default(Trigraph)</c>.</summary>
    public string EnglishName => IsValid ? IsoCountryTable.Entries[Ordinal].Name : string.Empty;

    /// <summary>Parses an assigned ISO 3166-1 alpha-3 code.</summary>
    /// <param name="text">Exactly three upper-case ASCII letters.</param>
    /// <returns>The trigraph.</returns>
    /// <exception cref="FormatException">The text is not three upper-case letters, or not an assigned code; the
    /// message says which and quotes the text.</exception>
    public static Trigraph Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out Trigraph trigraph) ? trigraph : throw new FormatException(DescribeRejection(text));
    }

    /// <summary>Parses an assigned ISO 3166-1 alpha-3 code without throwing.</summary>
    /// <param name="text">The candidate code; null or anything but three upper-case ASCII letters fails.</param>
    /// <param name="trigraph">The trigraph, or <c>default</c> on failure.</param>
    /// <returns>True when <paramref name="text"/> is an assigned code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Trigraph trigraph)
    {
        if (text is null)
        {
            trigraph = default;
            return false;
        }

        return TryParse(text.AsSpan(), out trigraph);
    }

    /// <summary>Parses an assigned ISO 3166-1 alpha-3 code from characters without allocating.</summary>
    /// <param name="text">The candidate code.</param>
    /// <param name="trigraph">The trigraph, or <c>default</c> on failure.</param>
    /// <returns>True when <paramref name="text"/> is an assigned code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Trigraph trigraph)
    {
        trigraph = default;
        if (text.Length != 3 || !char.IsAsciiLetterUpper(text[0]) || !char.IsAsciiLetterUpper(text[1])
            || !char.IsAsciiLetterUpper(text[2]))
        {
            return false;
        }

        short ordinalPlusOne = OrdinalPlusOneByCode[CodeIndex(text)];
        if (ordinalPlusOne == 0)
        {
            return false;
        }

        trigraph = new Trigraph(ordinalPlusOne - 1);
        return true;
    }

    /// <summary>Explains why <paramref name="text"/> is not a trigraph, for error messages of callers that parse.</summary>
    /// <param name="text">Text for which <see cref="TryParse(string?, out Trigraph)"/> returned false.</param>
    /// <returns>A sentence naming the text and the rule it breaks.</returns>
    public static string DescribeRejection(string? text) => text switch
    {
        null => "A nation code is required but none was given.",
        { Length: not 3 } => $"'{text}' is not a nation code: ISO 3166-1 alpha-3 codes have exactly 3 letters, not {text.Length}.",
        _ when !text.All(char.IsAsciiLetterUpper) => $"'{text}' is not a nation code: ISO 3166-1 alpha-3 codes are upper-case letters A-Z only.",
        _ => $"'{text}' is not an assigned ISO 3166-1 alpha-3 code.",
    };

    /// <summary>The trigraph at a table position.</summary>
    /// <param name="ordinal">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The trigraph.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The ordinal is outside the table.</exception>
    public static Trigraph FromOrdinal(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ordinal, Count);
        return new Trigraph(ordinal);
    }

    /// <summary>Orders by code (which is ordinal order); default sorts first.</summary>
    /// <param name="other">The trigraph to compare with.</param>
    /// <returns>Negative, zero or positive as for integers.</returns>
    public int CompareTo(Trigraph other) => _ordinalPlusOne.CompareTo(other._ordinalPlusOne);

    /// <summary>Less-than in code order.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Trigraph left, Trigraph right) => left.CompareTo(right) < 0;

    /// <summary>Greater-than in code order.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Trigraph left, Trigraph right) => left.CompareTo(right) > 0;

    /// <summary>Less-than-or-equal in code order.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>True unless <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator <=(Trigraph left, Trigraph right) => left.CompareTo(right) <= 0;

    /// <summary>Greater-than-or-equal in code order.</summary>
    /// <param name="left">Left operand.</param>
    /// <param name="right">Right operand.</param>
    /// <returns>True unless <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator >=(Trigraph left, Trigraph right) => left.CompareTo(right) >= 0;

    /// <summary>The code ("JPN"), or the empty string for default.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    private static int CodeIndex(ReadOnlySpan<char> code) =>
        ((code[0] - 'A') * 26 + (code[1] - 'A')) * 26 + (code[2] - 'A');

    private static short[] BuildLookup()
    {
        var lookup = new short[CodeSpace];
        for (int ordinal = 0; ordinal < IsoCountryTable.Entries.Length; ordinal++)
        {
            lookup[CodeIndex(IsoCountryTable.Entries[ordinal].Code)] = (short)(ordinal + 1);
        }

        return lookup;
    }
}
