using Concert.Pooling.Dataset;
using Concert.Pooling.Model;
using Concert.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Concert.Data.Pooling;

/// <summary>
/// Stores the built-in reference dataset of <c>Concert.Pooling</c> as labelled rows on first start of the exercise, so
/// the pooling view has pledges and projects to plan, nations' figures to split costs by, and areas to draw.
/// </summary>
/// <remarks>
/// Labels: the projects and almost every pledge are CONCERT RESTRICTED, releasable to the framework, which is how the
/// framework's members share their offers with each other; Japan's maritime patrol aircraft are CONCERT SECRET,
/// releasable to NATO's Indo-Pacific partners only, so a European planner plans without them and an IP4 planner
/// with them, which is what the release filter must make visible. Creation times are fixed so restarts reuse the labels.
/// </remarks>
internal static class PoolingReferenceSeed
{
    /// <summary>The creation time of the seed's labels.</summary>
    public static readonly DateTimeOffset LabelTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The author written on seeded rows.</summary>
    public const string Author = "secretariat";

    /// <summary>The label the framework shares its pooling records under.</summary>
    public static ConfidentialityLabel FrameworkLabel { get; } = new(
        "CONCERT", Classification.Restricted, LabelTime, NationSet.Empty, [BuiltInCommunities.Concert], []);

    /// <summary>The label of the pledge held back from non-IP4 members.</summary>
    public static ConfidentialityLabel IndoPacificLabel { get; } = new(
        "CONCERT", Classification.Secret, LabelTime, NationSet.Empty, [BuiltInCommunities.NatoIndoPacificFour], []);

    /// <summary>The code of the pledge under <see cref="IndoPacificLabel"/>.</summary>
    public const string IndoPacificPledgeCode = "JPN-MPA-1";

    /// <summary>Stores the reference dataset's nations' figures when none are stored yet, and its projects, pledges
    /// and funds when no pooling project exists yet (the figures came with a later migration than the projects).</summary>
    /// <param name="db">The records.</param>
    /// <param name="now">When the rows are written.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    public static async Task SeedAsync(ConcertDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        PoolingDataset dataset = PoolingDataset.LoadReference();
        if (!await db.PoolingNations.AnyAsync(cancellationToken))
        {
            foreach (NationFigures figures in dataset.Nations)
            {
                var row = new StoredNationFigures
                {
                    Nation = figures.Nation.Code,
                    DefenceSpendingUsdBillions = figures.DefenceSpendingUsdBillions,
                    DefenceSpendingSource = figures.DefenceSpendingSource,
                    GniUsdBillions = figures.GrossNationalIncomeUsdBillions,
                    GniSource = figures.GrossNationalIncomeSource,
                    Created = now,
                    Updated = now,
                    Author = Author,
                };
                await PoolingStore.AddAsync(db, FrameworkLabel, row, cancellationToken);
            }
        }

        if (await db.PoolingProjects.AnyAsync(cancellationToken))
        {
            return;
        }

        PoolingProblem problem = dataset.Problem;
        foreach (PoolingProject project in problem.Projects)
        {
            string[] areaIds = [.. project.AreaIds];
            var areas = problem.Areas.Where(area => areaIds.Contains(area.Id))
                .Select(area => new AreaDocument(area.Id, area.Name, PoolingReferenceAreas.Outline(area.Id))).ToList();
            await PoolingStore.AddAsync(db, FrameworkLabel, PoolingRows.FromProject(project, areas, Author, now), cancellationToken);
        }

        foreach (Pledge pledge in problem.Pledges)
        {
            ConfidentialityLabel label = pledge.Id == IndoPacificPledgeCode ? IndoPacificLabel : FrameworkLabel;
            await PoolingStore.AddAsync(db, label, PoolingRows.FromPledge(pledge, Author, now), cancellationToken);
        }

        foreach (FundsPledge funds in problem.Funds)
        {
            var row = new StoredFundsPledge { Nation = funds.Nation.Code, ProjectCode = funds.ProjectId, Amount = funds.Amount, Created = now, Updated = now, Author = Author };
            await PoolingStore.AddAsync(db, FrameworkLabel, row, cancellationToken);
        }
    }
}
