using System.Collections.Immutable;
using Concert.Pooling.Model;
using Concert.Sharing;

namespace Concert.Pooling.Planning;

/// <summary>Interchangeable pledges (same nation, type, capabilities, availability, cost, transit and caveats)
/// counted together: the planner decides how many of the group's units go where, never which one.</summary>
internal sealed class PledgeGroup
{
    public PledgeGroup(int index, ImmutableArray<Pledge> members)
    {
        Index = index;
        Members = members;
        Representative = members[0];
        Count = members.Sum(member => member.Count);
        Key = Representative.InterchangeKey;

        // The same key without the nation: groups of different nations that differ in nothing else are symmetric
        // unless a budget cap tells the nations apart.
        SymmetryKey = Key[(Key.IndexOf('|', StringComparison.Ordinal) + 1)..];
    }

    public int Index { get; }

    public ImmutableArray<Pledge> Members { get; }

    /// <summary>The first member; every member has the same planning facts.</summary>
    public Pledge Representative { get; }

    public int Count { get; }

    public string Key { get; }

    public string SymmetryKey { get; }

    public Trigraph Nation => Representative.Nation;

    public ImmutableArray<string> PledgeIds => [.. Members.Select(member => member.Id)];

    /// <summary>"2 × JPN destroyer/frigate (JPN-DD-1, JPN-DD-2)".</summary>
    public string Describe(int units) =>
        $"{units} × {Nation.Code} {Representative.AssetType.DisplayName()} ({string.Join(", ", PledgeIds)})";
}
