using Concert.Data;
using Concert.Data.Pooling;
using Concert.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Concert.Tests.Serve;

/// <summary>The pooling records of the leak matrix: a pledge, a funds pledge, a project, a plan and a nation's figures under every matrix
/// label, written through the data layer (a plan's label would normally be derived; here it is any label, so the
/// matrix covers every kind).</summary>
internal static class LeakMatrixPooling
{
    /// <summary>Stores the rows and returns them per endpoint name, with the exercise's own pooling rows.</summary>
    public static async Task<Dictionary<string, List<(long Id, ConfidentialityLabel Label)>>> SeedAsync(ConcertTestHost host)
    {
        var rows = new Dictionary<string, List<(long Id, ConfidentialityLabel Label)>>
        {
            ["pooling-pledges"] = await ExistingAsync(host, db => db.PoolingPledges),
            ["pooling-funds"] = await ExistingAsync(host, db => db.PoolingFunds),
            ["pooling-projects"] = await ExistingAsync(host, db => db.PoolingProjects),
            ["pooling-plans"] = await ExistingAsync(host, db => db.PoolingPlans),
            ["pooling-nations"] = await ExistingAsync(host, db => db.PoolingNations),
        };
        int index = 0;
        foreach (ConfidentialityLabel label in LeakMatrix.Labels())
        {
            string code = $"M{index++}";
            rows["pooling-pledges"].Add(await AddAsync(host, label, new StoredPledge
            {
                Code = code, Nation = "JPN", AssetType = "Uav", Capabilities = 2, Count = 1, FirstWeek = 1, LastWeek = 4, CostPerDay = 10,
                HomePort = "Matrix", TransitDaysJson = "{}", ExcludedAreasJson = "[]", Created = LeakMatrix.LabelTime, Updated = LeakMatrix.LabelTime, Author = "matrix",
            }));
            rows["pooling-funds"].Add(await AddAsync(host, label, new StoredFundsPledge
            {
                Nation = "KOR", ProjectCode = code, Amount = 100, Created = LeakMatrix.LabelTime, Updated = LeakMatrix.LabelTime, Author = "matrix",
            }));
            rows["pooling-projects"].Add(await AddAsync(host, label, new StoredPoolingProject
            {
                Code = code, Name = "Matrix project", AreasJson = "[]", RequirementsJson = "[]", BudgetCapsJson = "{}",
                Created = LeakMatrix.LabelTime, Updated = LeakMatrix.LabelTime, Author = "matrix",
            }));
            rows["pooling-plans"].Add(await AddAsync(host, label, new StoredPlan
            {
                Created = LeakMatrix.LabelTime, Author = "matrix", Status = "Optimal", PledgeIdsJson = "[]", FundsIdsJson = "[]", ProjectIdsJson = "[]",
                HypotheticalPledgesJson = "[]", AssignmentsJson = "[]", ShortfallsJson = "[]", CostByNationJson = "{}", ExplanationJson = "[]",
            }));
            rows["pooling-nations"].Add(await AddAsync(host, label, new StoredNationFigures
            {
                Nation = "KOR", DefenceSpendingUsdBillions = 47.9, DefenceSpendingSource = code, GniUsdBillions = 1800, GniSource = code,
                Created = LeakMatrix.LabelTime, Updated = LeakMatrix.LabelTime, Author = "matrix",
            }));
        }

        return rows;
    }

    private static Task<(long Id, ConfidentialityLabel Label)> AddAsync<TRow>(ConcertTestHost host, ConfidentialityLabel label, TRow row)
        where TRow : class, ILabelledRecord =>
        host.WithDbAsync(async db => ((await PoolingStore.AddAsync(db, label, row, CancellationToken.None)).Id, label));

    private static Task<List<(long Id, ConfidentialityLabel Label)>> ExistingAsync<TRow>(ConcertTestHost host, Func<ConcertDbContext, DbSet<TRow>> table)
        where TRow : class, ILabelledRecord =>
        host.WithDbAsync(async db =>
        {
            var labels = await db.Labels.ToDictionaryAsync(label => label.Id, label => label.Stanag4774Xml);
            var reader = new Sharing.Stanag4774.Stanag4774LabelReader(CommunityRegistry.Default);
            return (await table(db).ToListAsync()).Select(row => (row.Id, reader.Read(labels[row.LabelId]))).ToList();
        });
}
