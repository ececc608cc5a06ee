using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Concert.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgresConcertDbContext</c> build the context without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresConcertDbContext>
{
    /// <inheritdoc />
    public PostgresConcertDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresConcertDbContext>().UseNpgsql("Host=localhost;Database=concert_design").Options);
}
