using System.Globalization;

namespace Concert.Maritime.Archive;

/// <summary>
/// The label ids a viewer may be shown: every archive query takes them, so that release is decided in the query and
/// nothing the viewer may not see leaves the database. Decide them with the sharing module's release decider.
/// </summary>
public sealed class ReleasableLabels
{
    private ReleasableLabels(IReadOnlyList<ushort> ids, string sqlList)
    {
        Ids = ids;
        SqlList = sqlList;
    }

    /// <summary>The permitted label ids, ascending, without duplicates.</summary>
    public IReadOnlyList<ushort> Ids { get; }

    /// <summary>The ids as a SQL list ("(1,4)"; "(NULL)" when empty, which matches nothing).</summary>
    internal string SqlList { get; }

    /// <summary>A viewer permitted exactly <paramref name="ids"/>.</summary>
    /// <param name="ids">Label ids from <see cref="PositionArchive.RegisterLabel"/>.</param>
    /// <returns>The set.</returns>
    public static ReleasableLabels Of(IEnumerable<ushort> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ushort[] sorted = [.. ids.Distinct().Order()];
        // Ids are integers, so writing them into the SQL text cannot inject anything.
        string list = sorted.Length == 0 ? "(NULL)" : "(" + string.Join(',', sorted.Select(id => id.ToString(CultureInfo.InvariantCulture))) + ")";
        return new ReleasableLabels(sorted, list);
    }
}
