namespace Concert.Pooling.Model;

/// <summary>Continuity and rotation: a unit spends at most <paramref name="MaxWeeksOnStation"/> weeks on station in
/// any <paramref name="MaxWeeksOnStation"/> + <paramref name="RestWeeks"/> consecutive weeks, so after a full spell
/// it rests before it returns.</summary>
/// <remarks>Stated as a sliding window so that identical units counted together obey it exactly: the window
/// constraints form an interval matrix, which is totally unimodular, so by Baum and Trotter (1977) any integer count
/// schedule within k times the single-unit limits splits into k single-unit schedules that each obey it.</remarks>
/// <param name="MaxWeeksOnStation">At least 1.</param>
/// <param name="RestWeeks">At least 0.</param>
public sealed record RotationRule(int MaxWeeksOnStation, int RestWeeks)
{
    /// <summary>The sliding window length.</summary>
    public int WindowWeeks => MaxWeeksOnStation + RestWeeks;
}
