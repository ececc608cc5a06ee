using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Concert.Sharing;

/// <summary>
/// Which national marking protects information of each NATO <see cref="Classification"/> level, as data.
/// </summary>
/// <remarks>
/// <para>The table holds exact equivalents only. Where a nation has no level of its own (the United States has no
/// RESTRICTED, the United Kingdom and Australia no longer have CONFIDENTIAL), the rule is the one those nations
/// apply to foreign information: protect it at the <em>next higher</em> national level. The answer then carries
/// <see cref="NationalClassification.IsExactEquivalent"/> = false, so a display can say "handled as". Protecting
/// less is never an option, which is why the lower neighbour is never chosen.</para>
/// <para><see cref="Default"/> is compiled from public descriptions of the national schemes (US Executive Order
/// 13526; UK Government Security Classifications 2014; Australian PSPF 2018; Japan's Ministry of Defense
/// designations; the Republic of Korea's Security Work Regulation), not from the bilateral security agreements
/// themselves, which define the binding equivalences. It is a reference for display: check each row against the
/// agreement in force before relying on it; the Australian, Japanese and Korean rows have not been.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ClassificationEquivalence
{
    private readonly FrozenDictionary<(Trigraph Nation, Classification Level), string> _markings;
    private readonly FrozenDictionary<(Trigraph Nation, string Marking), Classification> _levels;

    /// <summary>Builds the table from exact equivalents.</summary>
    /// <param name="exactEquivalents">At most one entry per nation and level; <see cref="NationalClassification.IsExactEquivalent"/>
    /// must be true.</param>
    /// <exception cref="ArgumentException">A duplicate nation and level, or an entry that is not exact.</exception>
    public ClassificationEquivalence(IEnumerable<NationalClassification> exactEquivalents)
    {
        ArgumentNullException.ThrowIfNull(exactEquivalents);
        Entries = [.. exactEquivalents];
        var markings = new Dictionary<(Trigraph, Classification), string>();
        foreach (NationalClassification entry in Entries)
        {
            if (!entry.IsExactEquivalent || !markings.TryAdd((entry.Nation, entry.Level), entry.Marking))
            {
                throw new ArgumentException(
                    $"Entry {entry.Nation} {entry.Level} must be an exact equivalent and appear once.", nameof(exactEquivalents));
            }
        }

        _markings = markings.ToFrozenDictionary();
        _levels = Entries.ToFrozenDictionary(entry => (entry.Nation, entry.Marking), entry => entry.Level);
    }

    /// <summary>The built-in table for the United States, the United Kingdom, Australia, Japan and South Korea.</summary>
    public static ClassificationEquivalence Default { get; } = new([
        .. Exact("USA", "UNCLASSIFIED", null, "CONFIDENTIAL", "SECRET", "TOP SECRET"),
        .. Exact("GBR", "OFFICIAL", "OFFICIAL-SENSITIVE", null, "SECRET", "TOP SECRET"),
        .. Exact("AUS", "OFFICIAL", "PROTECTED", null, "SECRET", "TOP SECRET"),
        .. Exact("JPN", "UNCLASSIFIED", "取扱注意 (TORIATSUKAI CHUI)", "秘 (HI)", "極秘 (GOKUHI)", "機密 (KIMITSU)"),
        .. Exact("KOR", "UNCLASSIFIED", "대외비 (DAEOEBI)", "3급 비밀 (III-GEUP BIMIL)", "2급 비밀 (II-GEUP BIMIL)", "1급 비밀 (I-GEUP BIMIL)"),
    ]);

    /// <summary>The exact equivalents the table was built from.</summary>
    public ImmutableArray<NationalClassification> Entries { get; }

    /// <summary>The national marking that protects <paramref name="level"/> for <paramref name="nation"/>.</summary>
    /// <param name="nation">The nation.</param>
    /// <param name="level">The NATO level.</param>
    /// <param name="marking">The exact equivalent, or else the next higher national level (not exact).</param>
    /// <returns>False when the table has no level at or above <paramref name="level"/> for the nation.</returns>
    public bool TryGetNationalMarking(Trigraph nation, Classification level, out NationalClassification marking)
    {
        for (Classification candidate = level; candidate <= Classification.TopSecret; candidate++)
        {
            if (_markings.TryGetValue((nation, candidate), out string? text))
            {
                marking = new NationalClassification(nation, level, text, candidate == level);
                return true;
            }
        }

        marking = default;
        return false;
    }

    /// <summary>The NATO level a national marking is the exact equivalent of.</summary>
    /// <param name="nation">The nation.</param>
    /// <param name="marking">The national marking exactly as in the table.</param>
    /// <param name="level">The level, or <see cref="Classification.Unclassified"/> on failure.</param>
    /// <returns>True when the table knows the marking.</returns>
    public bool TryGetLevel(Trigraph nation, string marking, out Classification level) =>
        _levels.TryGetValue((nation, marking), out level);

    private static IEnumerable<NationalClassification> Exact(string nation, params string?[] markingsFromUnclassified)
    {
        Trigraph trigraph = Trigraph.Parse(nation);
        for (int level = 0; level < markingsFromUnclassified.Length; level++)
        {
            if (markingsFromUnclassified[level] is { } marking)
            {
                yield return new NationalClassification(trigraph, (Classification)level, marking, IsExactEquivalent: true);
            }
        }
    }
}
