using Microsoft.EntityFrameworkCore;

namespace Concert.Data;

/// <summary>The records on PostgreSQL (when a connection string is configured): migrations in Data/Migrations/Postgres.</summary>
internal sealed class PostgresConcertDbContext(DbContextOptions<PostgresConcertDbContext> options) : ConcertDbContext(options);
