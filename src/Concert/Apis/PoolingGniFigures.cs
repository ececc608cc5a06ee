using System.Collections.Immutable;
using System.Globalization;
using Concert.Data;
using Concert.Data.Pooling;
using Concert.Pooling.Dataset;
using Concert.Security;
using Concert.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Concert.Apis;

/// <summary>
/// The GNI figures a plan's cost shares are keyed by: the stored, editable figures where every reader of the plan may
/// read them, the built-in reference figures elsewhere.
/// </summary>
/// <remarks>
/// Cost shares are computed once, for whoever asks first, and kept with the plan for every reader of the plan; a GNI
/// key computed from a figure kept to fewer readers would pass that figure on. So a stored figure is used only when
/// its label, combined with the plan's, releases exactly what the plan's label releases. The built-in figures are the
/// published, illustrative ones every reader already has.
/// </remarks>
/// <param name="releases">Released rows and labels.</param>
/// <param name="policy">The sharing policy (its community registry expands communities when labels are combined).</param>
/// <param name="audit">The audit log.</param>
/// <param name="time">The clock.</param>
internal sealed class PoolingGniFigures(LabelledReleases releases, SharingPolicy policy, SharingAudit audit, TimeProvider time)
{
    private static readonly Lazy<ImmutableDictionary<Trigraph, double>> ReferenceGni = new(() =>
        PoolingDataset.LoadReference().Nations.ToImmutableDictionary(figures => figures.Nation, figures => figures.GrossNationalIncomeUsdBillions));

    /// <summary>GNI in billions of US dollars for the nations of a plan's cost shares, with notes on where each comes from.</summary>
    /// <param name="viewer">Who asks for the cost shares.</param>
    /// <param name="planLabel">The plan's label.</param>
    /// <param name="nations">The nations sharing the cost.</param>
    /// <param name="cancel">Cancels the queries.</param>
    /// <returns>The figures by nation (none for a nation without any) and the notes for the reader.</returns>
    public async Task<(IReadOnlyDictionary<Trigraph, double> Gni, IReadOnlyList<string> Notes)> ForPlanAsync(
        Viewer viewer, ConfidentialityLabel planLabel, IReadOnlyCollection<Trigraph> nations, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(planLabel);
        ArgumentNullException.ThrowIfNull(nations);
        string[] codes = [.. nations.Select(nation => nation.Code)];
        ReleasableLabels releasable = await releases.ReleasableAsync(viewer, cancel);
        List<StoredNationFigures> rows = await releases.Db.PoolingNations.AsNoTracking().ReleasableTo(releasable)
            .Where(row => codes.Contains(row.Nation)).OrderByDescending(row => row.Id).ToListAsync(cancel);
        var gni = nations.Where(ReferenceGni.Value.ContainsKey).ToDictionary(nation => nation, nation => ReferenceGni.Value[nation]);
        var used = new List<(ConfidentialityLabel Label, StoredNationFigures Row)>();
        var withheld = new SortedSet<string>(StringComparer.Ordinal);
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        DateTimeOffset now = time.GetUtcNow();
        foreach (StoredNationFigures row in rows.Where(row => !chosen.Contains(row.Nation)))
        {
            ConfidentialityLabel label = await releases.LabelAsync(row.LabelId, cancel);
            if (!ReleasesAsPlanDoes(planLabel, label, now))
            {
                withheld.Add(row.Nation);
                continue;
            }

            chosen.Add(row.Nation);
            gni[Trigraph.Parse(row.Nation)] = row.GniUsdBillions;
            used.Add((label, row));
        }

        foreach (IGrouping<ConfidentialityLabel, (ConfidentialityLabel Label, StoredNationFigures Row)> sameLabel in used.GroupBy(entry => entry.Label))
        {
            audit.ListRelease(viewer, sameLabel.Key, string.Join(' ', sameLabel.Select(entry => LabelledReleases.Reference("nation-figures", entry.Row.Id))));
        }

        var notes = new List<string>();
        if (used.Count > 0)
        {
            notes.Add("GNI key from the stored figures: " + string.Join("; ", used.OrderBy(entry => entry.Row.Nation, StringComparer.Ordinal)
                .Select(entry => string.Create(CultureInfo.InvariantCulture, $"{entry.Row.Nation} {entry.Row.GniUsdBillions:0.###} bn US$ ({entry.Row.GniSource})"))) + ".");
        }

        withheld.ExceptWith(chosen);
        if (withheld.Count > 0)
        {
            notes.Add($"Stored figures for {string.Join(", ", withheld)} are kept to fewer readers than the plan: the built-in reference GNI is used instead.");
        }

        return (gni, notes);
    }

    /// <summary>Whether a reader of the plan may read the figure: combining the two labels releases what the plan's does.</summary>
    private bool ReleasesAsPlanDoes(ConfidentialityLabel planLabel, ConfidentialityLabel figureLabel, DateTimeOffset now)
    {
        if (figureLabel.PolicyIdentifier != planLabel.PolicyIdentifier)
        {
            return false;
        }

        ConfidentialityLabel combined = LabelCombiner.Combine([planLabel, figureLabel], policy.Registry, now);
        return combined.Classification == planLabel.Classification
            && combined.ReleasableToNations == planLabel.ReleasableToNations
            && combined.ReleasableToCommunities.ToHashSet().SetEquals(planLabel.ReleasableToCommunities)
            && combined.Caveats.ToHashSet(StringComparer.Ordinal).SetEquals(planLabel.Caveats);
    }
}
