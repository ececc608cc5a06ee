using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Concert.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteConcertDbContext</c> build the context without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteConcertDbContext>
{
    /// <inheritdoc />
    public SqliteConcertDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteConcertDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
