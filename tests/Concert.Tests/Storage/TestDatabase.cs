using Concert.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Concert.Tests.Storage;

/// <summary>An empty database of one provider, migrated by the provider's own migrations, dropped on dispose.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<ConcertDbContext> _create;
    private readonly Func<Task> _drop;

    private TestDatabase(string provider, Func<ConcertDbContext> create, Func<Task> drop)
    {
        Provider = provider;
        _create = create;
        _drop = drop;
    }

    public string Provider { get; }

    public static async Task<TestDatabase> SqliteAsync()
    {
        string file = Path.Combine(Path.GetTempPath(), $"concert-storage-{Guid.NewGuid():N}.db");
        DbContextOptions<SqliteConcertDbContext> options = new DbContextOptionsBuilder<SqliteConcertDbContext>().UseSqlite($"Data Source={file}").Options;
        var database = new TestDatabase("SQLite", () => new SqliteConcertDbContext(options), () =>
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
            return Task.CompletedTask;
        });
        await database.MigrateAsync();
        return database;
    }

    public static async Task<TestDatabase> PostgresAsync()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString)
        {
            Database = $"concert_storage_{Guid.NewGuid():N}",
        };
        DbContextOptions<PostgresConcertDbContext> options = new DbContextOptionsBuilder<PostgresConcertDbContext>().UseNpgsql(builder.ConnectionString).Options;
        var database = new TestDatabase("PostgreSQL", () => new PostgresConcertDbContext(options), async () =>
        {
            await using var db = new PostgresConcertDbContext(options);
            await db.Database.EnsureDeletedAsync();
        });
        await database.MigrateAsync();
        return database;
    }

    public ConcertDbContext Open() => _create();

    public async ValueTask DisposeAsync() => await _drop();

    private async Task MigrateAsync()
    {
        await using ConcertDbContext db = Open();
        await db.Database.MigrateAsync();
    }
}
