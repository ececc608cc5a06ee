using Concert.Data;
using Concert.Data.Pooling;
using Concert.Security;
using Concert.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Concert.Hosting;

/// <summary>
/// Brings the records up to date at start: applies migrations, creates the first administrator when there is no
/// account, and in exercise mode the demo accounts, bulletins and the pooling reference data.
/// </summary>
internal sealed class DatabaseInitializer(
    ConcertDbContext db,
    AccountService accounts,
    StartupAnnouncements announcements,
    TimeProvider time,
    IOptions<ConcertOptions> options)
{
    /// <summary>The first administrator's user name.</summary>
    public const string AdministratorUserName = "admin";

    /// <summary>Migrates and seeds.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Keeps SQLite's statistics current, so a long label list plans as a scan in key order, not a sort.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize", cancellationToken);
        }

        TextWriter console = announcements.Writer;
        if (!await db.Users.AnyAsync(cancellationToken))
        {
            var administrator = new AccountSeed(
                AdministratorUserName, "Administrator", Trigraph.Parse(options.Value.AdministratorNation), Classification.Restricted,
                [ConcertRoles.Administrator], [], []);
            string password = await accounts.CreateAsync(administrator, mustChangePassword: true, cancellationToken);
            await console.WriteLineAsync($"Created the administrator account '{AdministratorUserName}' with the one-time password: {password}");
            await console.WriteLineAsync("It must be changed at first sign-in; it is shown only now.");
        }

        if (options.Value.Exercise)
        {
            await SeedExerciseAsync(console, cancellationToken);
        }

        await console.FlushAsync(cancellationToken);
    }

    private async Task SeedExerciseAsync(TextWriter console, CancellationToken cancellationToken)
    {
        foreach (AccountSeed seed in ExerciseData.Users)
        {
            if (await db.Users.AnyAsync(user => user.UserName == seed.UserName, cancellationToken))
            {
                continue;
            }

            string password = await accounts.CreateAsync(seed, mustChangePassword: false, cancellationToken);
            await console.WriteLineAsync($"Exercise user {seed.UserName,-12} {seed.Nation.Code} {seed.Clearance.ToMarking(),-12} {string.Join(',', seed.Roles),-14} password: {password}");
        }

        if (!await db.Bulletins.AnyAsync(cancellationToken))
        {
            DateTimeOffset now = time.GetUtcNow();
            foreach ((string title, string body, ConfidentialityLabel label) in ExerciseData.Bulletins(now))
            {
                await BulletinStore.AddAsync(db, label, title, body, "secretariat", now, cancellationToken);
            }
        }

        await PoolingReferenceSeed.SeedAsync(db, time.GetUtcNow(), cancellationToken);
    }
}
