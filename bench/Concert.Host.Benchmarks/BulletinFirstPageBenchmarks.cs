using BenchmarkDotNet.Attributes;
using Concert.Data;
using Concert.Security;
using Concert.Sharing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Concert.Host.Benchmarks;

/// <summary>
/// The first page (50 rows) of the bulletins list for one viewer, out of 1,000,000 labelled bulletins on SQLite: the
/// query the API runs (<c>ReleasableTo</c>, newest first), with the viewer's label set computed once (the cached case)
/// and computed afresh (a new label or a new day). Target: 50 ms or less.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet needs an unsealed class and disposes in [GlobalCleanup].")]
public class BulletinFirstPageBenchmarks
{
    private const int Rows = 1_000_000;
    private const int PageSize = 50;

    private static readonly string[][] Releasability =
    [
        ["NATO"], ["ASEAN"], ["EU"], ["FVEY"], ["NATO-IP4"], ["CONCERT"], ["JPN", "KOR"], ["SWE"], ["FIN"], ["TLS"], ["CHN"], ["IDN"], ["AUS"], ["KOR"],
    ];

    private string _file = null!;
    private DbContextOptions<SqliteConcertDbContext> _options = null!;
    private SharingPolicy _policy = null!;
    private LabelCatalogue _catalogue = null!;
    private ReleaseFilter _filter = null!;
    private ReleasableLabels _releasable = null!;
    private Viewer _viewer = null!;

    /// <summary>Who reads: a Korean analyst sees about a third of the labels, a Chinese observer almost none.</summary>
    [Params("KOR analyst (SECRET)", "CHN observer (RESTRICTED)")]
    public string Viewer { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), "concert-bench-bulletins.db");
        _options = new DbContextOptionsBuilder<SqliteConcertDbContext>().UseSqlite($"Data Source={_file}").Options;
        _policy = new SharingPolicy(CommunityRegistry.Default, [.. SharingPolicy.DefaultPolicies]);
        if (!File.Exists(_file))
        {
            CreateDatabase();
        }

        _viewer = Viewer.StartsWith("KOR", StringComparison.Ordinal)
            ? new Viewer(1, "kr.analyst", "Korean analyst", ["analyst"], "stamp", new SharingSubject(Trigraph.Parse("KOR"), Classification.Secret))
            : new Viewer(2, "cn.observer", "Chinese observer", ["observer"], "stamp", new SharingSubject(Trigraph.Parse("CHN"), Classification.Restricted));
        _catalogue = new LabelCatalogue(_policy);
        _filter = new ReleaseFilter(_catalogue, _policy, TimeProvider.System);
        using var db = new SqliteConcertDbContext(_options);
        _releasable = _filter.ForAsync(_viewer, db, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _catalogue.Dispose();

    /// <summary>The page query with the viewer's label set already cached.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> FirstPageCachedLabels()
    {
        await using var db = new SqliteConcertDbContext(_options);
        List<Bulletin> page = await db.Bulletins.AsNoTracking().ReleasableTo(_releasable)
            .OrderByDescending(bulletin => bulletin.Id).Take(PageSize + 1).ToListAsync();
        return page.Count;
    }

    /// <summary>The whole read path of the API: catalogue check, label set (decided afresh), page query.</summary>
    [Benchmark]
    public async Task<int> FirstPageDecidingLabels()
    {
        await using var db = new SqliteConcertDbContext(_options);
        var viewer = _viewer with { SecurityStamp = Guid.NewGuid().ToString() };
        ReleasableLabels releasable = await _filter.ForAsync(viewer, db, CancellationToken.None);
        List<Bulletin> page = await db.Bulletins.AsNoTracking().ReleasableTo(releasable)
            .OrderByDescending(bulletin => bulletin.Id).Take(PageSize + 1).ToListAsync();
        return page.Count;
    }

    private void CreateDatabase()
    {
        using var db = new SqliteConcertDbContext(_options);
        db.Database.Migrate();
        var labelIds = new List<long>();
        DateTimeOffset created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (string[] releasability in Releasability)
        {
            foreach (Classification classification in Enum.GetValues<Classification>())
            {
                var label = new ConfidentialityLabel(
                    "CONCERT",
                    classification,
                    created,
                    NationSet.Of(releasability.Where(value => value.Length == 3 && Trigraph.TryParse(value, out _)).Select(Trigraph.Parse)),
                    releasability.Where(value => !Trigraph.TryParse(value, out _)).Select(value => _policy.Registry.TryGetCommunity(value, out Community? c) ? c : throw new InvalidOperationException(value)));
                labelIds.Add(LabelStore.GetOrAddAsync(db, label, CancellationToken.None).GetAwaiter().GetResult());
            }
        }

        // A million rows through EF would take minutes; one prepared insert in one transaction takes seconds.
        using var connection = new SqliteConnection($"Data Source={_file}");
        connection.Open();
        using SqliteTransaction transaction = connection.BeginTransaction();
        using SqliteCommand insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Bulletins (LabelId, Title, Body, Created, Author) VALUES ($label, $title, $body, $created, 'bench')";
        SqliteParameter labelId = insert.Parameters.Add("$label", SqliteType.Integer);
        SqliteParameter title = insert.Parameters.Add("$title", SqliteType.Text);
        SqliteParameter body = insert.Parameters.Add("$body", SqliteType.Text);
        SqliteParameter when = insert.Parameters.Add("$created", SqliteType.Text);
        var random = new Random(4774);
        for (int row = 0; row < Rows; row++)
        {
            labelId.Value = labelIds[random.Next(labelIds.Count)];
            title.Value = $"Bulletin {row}";
            body.Value = "A secretariat bulletin of about a hundred characters, as the exercise writes them for the framework.";
            when.Value = created.AddMinutes(row).ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        using SqliteCommand analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        analyze.ExecuteNonQuery();
    }
}
