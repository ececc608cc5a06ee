using Concert.Data;
using Microsoft.EntityFrameworkCore;

namespace Concert.Hosting;

/// <summary>Registers the records database: PostgreSQL when a connection string is configured, SQLite otherwise.</summary>
internal static class StorageRegistration
{
    /// <summary>The SQLite file's name in the data folder.</summary>
    public const string SqliteFileName = "concert.db";

    /// <summary>Adds <see cref="ConcertDbContext"/> resolved to the configured provider's context.</summary>
    /// <param name="services">The services.</param>
    /// <param name="options">The host options.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddConcertStorage(this IServiceCollection services, ConcertOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.PostgresConnectionString))
        {
            services.AddDbContext<PostgresConcertDbContext>(db => db.UseNpgsql(options.PostgresConnectionString));
            services.AddScoped<ConcertDbContext>(provider => provider.GetRequiredService<PostgresConcertDbContext>());
        }
        else
        {
            string file = Path.Combine(options.FullDataDirectory, SqliteFileName);
            services.AddDbContext<SqliteConcertDbContext>(db => db.UseSqlite($"Data Source={file}"));
            services.AddScoped<ConcertDbContext>(provider => provider.GetRequiredService<SqliteConcertDbContext>());
        }

        services.AddSingleton<LabelCatalogue>();
        services.AddSingleton<ReleaseFilter>();
        return services;
    }
}
