namespace Concert.Pooling.Model;

/// <summary>An inclusive range of planning weeks, numbered from 1 at the start of the horizon.</summary>
/// <remarks>Immutable value type.</remarks>
public readonly record struct WeekRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="first">The first week, at least 1.</param>
    /// <param name="last">The last week, at least <paramref name="first"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">First below 1 or last before first.</exception>
    public WeekRange(int first, int last)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(last, first);
        First = first;
        Last = last;
    }

    /// <summary>The first week.</summary>
    public int First { get; }

    /// <summary>The last week (inclusive).</summary>
    public int Last { get; }

    /// <summary>Number of weeks in the range.</summary>
    public int Length => Last - First + 1;

    /// <summary>Whether <paramref name="week"/> lies in the range.</summary>
    /// <param name="week">A week number.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(int week) => week >= First && week <= Last;

    /// <summary>"weeks 3–10" or "week 3".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => First == Last ? $"week {First}" : $"weeks {First}–{Last}";
}
