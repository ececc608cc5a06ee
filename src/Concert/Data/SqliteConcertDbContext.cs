using Microsoft.EntityFrameworkCore;

namespace Concert.Data;

/// <summary>The records on SQLite (the default): migrations in Data/Migrations/Sqlite.</summary>
internal sealed class SqliteConcertDbContext(DbContextOptions<SqliteConcertDbContext> options) : ConcertDbContext(options);
