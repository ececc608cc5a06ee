using System.Numerics;

namespace Concert.Sharing;

/// <summary>
/// An immutable set of nations, stored as a 256-bit bitmap indexed by <see cref="Trigraph.Ordinal"/>.
/// </summary>
/// <remarks>
/// Membership tests, unions and intersections are a handful of 64-bit operations and never allocate, which is what
/// lets <see cref="ReleaseDecider"/> decide without allocating. <c>default(NationSet)</c> is the empty set. This
/// type is an immutable value type and is thread-safe.
/// </remarks>
public readonly record struct NationSet
{
    private readonly ulong _bits0;
    private readonly ulong _bits1;
    private readonly ulong _bits2;
    private readonly ulong _bits3;

    private NationSet(ulong bits0, ulong bits1, ulong bits2, ulong bits3)
    {
        _bits0 = bits0;
        _bits1 = bits1;
        _bits2 = bits2;
        _bits3 = bits3;
    }

    /// <summary>The set with no nation.</summary>
    public static NationSet Empty => default;

    /// <summary>True when the set holds no nation.</summary>
    public bool IsEmpty => (_bits0 | _bits1 | _bits2 | _bits3) == 0;

    /// <summary>Number of nations in the set.</summary>
    public int Count =>
        BitOperations.PopCount(_bits0) + BitOperations.PopCount(_bits1)
        + BitOperations.PopCount(_bits2) + BitOperations.PopCount(_bits3);

    /// <summary>The set of the given nations; <c>default(Trigraph)</c> values are ignored.</summary>
    /// <param name="nations">The nations.</param>
    /// <returns>The set.</returns>
    public static NationSet Of(params ReadOnlySpan<Trigraph> nations)
    {
        NationSet set = default;
        foreach (Trigraph nation in nations)
        {
            set = set.Add(nation);
        }

        return set;
    }

    /// <summary>The set of the given nations; <c>default(Trigraph)</c> values are ignored.</summary>
    /// <param name="nations">The nations.</param>
    /// <returns>The set.</returns>
    public static NationSet Of(IEnumerable<Trigraph> nations)
    {
        ArgumentNullException.ThrowIfNull(nations);
        NationSet set = default;
        foreach (Trigraph nation in nations)
        {
            set = set.Add(nation);
        }

        return set;
    }

    /// <summary>Whether <paramref name="nation"/> is in the set; always false for <c>default(Trigraph)</c>.</summary>
    /// <param name="nation">The nation.</param>
    /// <returns>True when present.</returns>
    public bool Contains(Trigraph nation)
    {
        int ordinal = nation.Ordinal;
        if (ordinal < 0)
        {
            return false;
        }

        ulong word = (ordinal >> 6) switch
        {
            0 => _bits0,
            1 => _bits1,
            2 => _bits2,
            _ => _bits3,
        };
        return (word & (1UL << (ordinal & 63))) != 0;
    }

    /// <summary>This set with <paramref name="nation"/> added; unchanged for <c>default(Trigraph)</c>.</summary>
    /// <param name="nation">The nation to add.</param>
    /// <returns>The new set.</returns>
    public NationSet Add(Trigraph nation)
    {
        int ordinal = nation.Ordinal;
        if (ordinal < 0)
        {
            return this;
        }

        ulong bit = 1UL << (ordinal & 63);
        return (ordinal >> 6) switch
        {
            0 => new NationSet(_bits0 | bit, _bits1, _bits2, _bits3),
            1 => new NationSet(_bits0, _bits1 | bit, _bits2, _bits3),
            2 => new NationSet(_bits0, _bits1, _bits2 | bit, _bits3),
            _ => new NationSet(_bits0, _bits1, _bits2, _bits3 | bit),
        };
    }

    /// <summary>The nations in this set or in <paramref name="other"/>.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The union.</returns>
    public NationSet Union(NationSet other) =>
        new(_bits0 | other._bits0, _bits1 | other._bits1, _bits2 | other._bits2, _bits3 | other._bits3);

    /// <summary>The nations in both this set and <paramref name="other"/>.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>The intersection.</returns>
    public NationSet Intersect(NationSet other) =>
        new(_bits0 & other._bits0, _bits1 & other._bits1, _bits2 & other._bits2, _bits3 & other._bits3);

    /// <summary>The nations in this set but not in <paramref name="other"/>.</summary>
    /// <param name="other">The set to remove.</param>
    /// <returns>The difference.</returns>
    public NationSet Except(NationSet other) =>
        new(_bits0 & ~other._bits0, _bits1 & ~other._bits1, _bits2 & ~other._bits2, _bits3 & ~other._bits3);

    /// <summary>Whether every nation of this set is also in <paramref name="other"/>.</summary>
    /// <param name="other">The candidate superset.</param>
    /// <returns>True when this set is a subset (or equal).</returns>
    public bool IsSubsetOf(NationSet other) => Except(other).IsEmpty;

    /// <summary>The nations in code order.</summary>
    /// <returns>A new array of the members.</returns>
    public Trigraph[] ToArray()
    {
        var nations = new Trigraph[Count];
        int next = 0;
        ReadOnlySpan<ulong> words = [_bits0, _bits1, _bits2, _bits3];
        for (int wordIndex = 0; wordIndex < words.Length; wordIndex++)
        {
            ulong word = words[wordIndex];
            while (word != 0)
            {
                nations[next++] = Trigraph.FromOrdinal((wordIndex << 6) + BitOperations.TrailingZeroCount(word));
                word &= word - 1;
            }
        }

        return nations;
    }

    /// <summary>The codes in code order, separated by spaces ("AUS JPN KOR NZL"), or "{}" when empty.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsEmpty ? "{}" : string.Join(' ', ToArray());
}
