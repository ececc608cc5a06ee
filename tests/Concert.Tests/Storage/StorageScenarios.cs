using Concert.Data;
using Concert.Security;
using Concert.Sharing;
using Microsoft.EntityFrameworkCore;

namespace Concert.Tests.Storage;

/// <summary>The storage checks every provider must pass; one test class per provider runs them.</summary>
internal static class StorageScenarios
{
    private static readonly DateTimeOffset Created = new(2026, 1, 5, 9, 30, 0, TimeSpan.Zero);

    private static ConfidentialityLabel Label(Classification classification, params string[] nations) =>
        new("CONCERT", classification, Created, NationSet.Of(nations.Select(Trigraph.Parse)));

    public static async Task Migrations_build_the_model_with_nothing_pending(TestDatabase database)
    {
        await using ConcertDbContext db = database.Open();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Single(await db.Database.GetAppliedMigrationsAsync(), name => name.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.False(db.Database.HasPendingModelChanges(), $"{database.Provider}: the model has changes no migration covers");
    }

    public static async Task Equal_labels_share_one_row_and_different_labels_do_not(TestDatabase database)
    {
        await using ConcertDbContext db = database.Open();
        long first = await LabelStore.GetOrAddAsync(db, Label(Classification.Secret, "JPN", "KOR"), CancellationToken.None);
        long again = await LabelStore.GetOrAddAsync(db, Label(Classification.Secret, "KOR", "JPN"), CancellationToken.None);
        long other = await LabelStore.GetOrAddAsync(db, Label(Classification.Confidential, "JPN", "KOR"), CancellationToken.None);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(2, await db.Labels.CountAsync());
    }

    public static async Task ReleasableTo_filters_in_the_query(TestDatabase database)
    {
        await using ConcertDbContext db = database.Open();
        Bulletin japanese = await BulletinStore.AddAsync(db, Label(Classification.Restricted, "JPN"), "JPN", "b", "t", Created, CancellationToken.None);
        Bulletin korean = await BulletinStore.AddAsync(db, Label(Classification.Restricted, "KOR"), "KOR", "b", "t", Created, CancellationToken.None);
        Bulletin both = await BulletinStore.AddAsync(db, Label(Classification.Restricted, "JPN", "KOR"), "both", "b", "t", Created, CancellationToken.None);
        var releasable = new ReleasableLabels([japanese.LabelId, both.LabelId], Created);

        IQueryable<Bulletin> query = db.Bulletins.ReleasableTo(releasable).OrderByDescending(row => row.Id);
        Assert.Contains("\"LabelId\"", query.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal([both.Id, japanese.Id], await query.Select(row => row.Id).ToListAsync());
        Assert.Empty(await db.Bulletins.ReleasableTo(new ReleasableLabels([], Created)).ToListAsync());
        Assert.DoesNotContain(korean.Id, await db.Bulletins.ReleasableTo(releasable).Select(row => row.Id).ToListAsync());
    }

    public static async Task Accounts_keep_their_sharing_attributes_and_names_are_unique(TestDatabase database)
    {
        await using (ConcertDbContext db = database.Open())
        {
            db.Users.Add(Account("kr.analyst"));
            await db.SaveChangesAsync();
        }

        await using (ConcertDbContext db = database.Open())
        {
            UserAccount stored = await db.Users.SingleAsync(user => user.UserName == "kr.analyst");
            Assert.Equal(["analyst", "planner"], stored.Roles);
            Assert.Equal(["ASEAN"], stored.Communities);
            Assert.Equal(["MARSEC", "ORCON"], stored.Caveats);
            Assert.Equal(Classification.Secret, stored.Clearance);
            Assert.Equal(Created.AddMinutes(15), stored.LockedOutUntil);
            db.Users.Add(Account("kr.analyst"));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    public static async Task A_label_row_cannot_be_removed_while_a_record_uses_it(TestDatabase database)
    {
        await using ConcertDbContext db = database.Open();
        Bulletin bulletin = await BulletinStore.AddAsync(db, Label(Classification.Unclassified, "AUS"), "t", "b", "a", Created, CancellationToken.None);
        await Assert.ThrowsAnyAsync<Exception>(() => db.Labels.Where(label => label.Id == bulletin.LabelId).ExecuteDeleteAsync());
    }

    public static async Task The_release_filter_decides_over_stored_labels_and_sees_new_ones(TestDatabase database)
    {
        var policy = new SharingPolicy(CommunityRegistry.Default, [.. SharingPolicy.DefaultPolicies]);
        using var catalogue = new LabelCatalogue(policy);
        var filter = new ReleaseFilter(catalogue, policy, TimeProvider.System);
        var viewer = new Viewer(1, "jp.watch", "Japanese watch officer", [ConcertRoles.WatchOfficer], "stamp", new SharingSubject(Trigraph.Parse("JPN"), Classification.Secret));
        await using ConcertDbContext db = database.Open();
        Assert.Empty((await filter.ForAsync(viewer, db, CancellationToken.None)).LabelIds);

        long japanese = await LabelStore.GetOrAddAsync(db, Label(Classification.Secret, "JPN"), CancellationToken.None);
        await LabelStore.GetOrAddAsync(db, Label(Classification.Secret, "KOR"), CancellationToken.None);
        await LabelStore.GetOrAddAsync(db, Label(Classification.TopSecret, "JPN"), CancellationToken.None);
        Assert.Equal([japanese], (await filter.ForAsync(viewer, db, CancellationToken.None)).LabelIds);

        long shared = await LabelStore.GetOrAddAsync(db, Label(Classification.Restricted, "JPN", "KOR"), CancellationToken.None);
        Assert.Equal([japanese, shared], (await filter.ForAsync(viewer, db, CancellationToken.None)).LabelIds);
    }

    private static UserAccount Account(string userName) => new()
    {
        UserName = userName,
        DisplayName = "Test",
        PasswordHash = "hash",
        Nation = "KOR",
        Clearance = Classification.Secret,
        Roles = [ConcertRoles.Analyst, ConcertRoles.Planner],
        Communities = ["ASEAN"],
        Caveats = ["MARSEC", "ORCON"],
        LockedOutUntil = Created.AddMinutes(15),
        SecurityStamp = "stamp",
    };
}
