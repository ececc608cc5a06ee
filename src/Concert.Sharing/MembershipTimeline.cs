namespace Concert.Sharing;

/// <summary>
/// A community's members as a step function of time: the days on which membership changed, and the member set
/// from each such day until the next.
/// </summary>
/// <remarks>
/// Built once from <see cref="CommunityMembership"/> periods so that "who belonged on day d" is a binary search over a
/// few change days followed by a bitmap read, with no allocation. Immutable after construction.
/// </remarks>
internal sealed class MembershipTimeline
{
    // Day numbers (DateOnly.DayNumber) on which the member set changed, ascending; before the first, nobody belongs.
    private readonly int[] _changeDays;
    private readonly NationSet[] _membersFrom;

    public MembershipTimeline(IReadOnlyCollection<CommunityMembership> memberships)
    {
        var changeDays = new SortedSet<int>();
        foreach (CommunityMembership membership in memberships)
        {
            changeDays.Add(membership.From.DayNumber);
            if (membership.Until is { } until)
            {
                changeDays.Add(until.DayNumber);
            }
        }

        _changeDays = [.. changeDays];
        _membersFrom = new NationSet[_changeDays.Length];
        for (int index = 0; index < _changeDays.Length; index++)
        {
            int day = _changeDays[index];
            NationSet members = NationSet.Empty;
            foreach (CommunityMembership membership in memberships)
            {
                if (membership.From.DayNumber <= day && (membership.Until is not { } until || day < until.DayNumber))
                {
                    members = members.Add(membership.Nation);
                }
            }

            _membersFrom[index] = members;
        }
    }

    /// <summary>The members on the UTC day with the given <see cref="DateOnly.DayNumber"/>.</summary>
    public NationSet MembersOn(int dayNumber)
    {
        // Most questions are about today, after the last change: answer those without searching.
        if (_changeDays.Length > 0 && dayNumber >= _changeDays[^1])
        {
            return _membersFrom[^1];
        }

        int index = Array.BinarySearch(_changeDays, dayNumber);
        if (index < 0)
        {
            // ~index is the first change after the day; the set in force is the one before it.
            index = ~index - 1;
        }

        return index < 0 ? NationSet.Empty : _membersFrom[index];
    }

    /// <summary>The UTC day number of an instant, as <see cref="DateOnly.DayNumber"/> counts it.</summary>
    public static int DayNumberOf(DateTimeOffset at) => (int)(at.UtcTicks / TimeSpan.TicksPerDay);
}
