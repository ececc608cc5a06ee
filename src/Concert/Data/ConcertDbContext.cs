using Concert.Data.Pooling;
using Microsoft.EntityFrameworkCore;

namespace Concert.Data;

/// <summary>
/// Concert's records. The model is the same for every database; each provider has a derived context
/// (<see cref="SqliteConcertDbContext"/>, <see cref="PostgresConcertDbContext"/>) that owns that provider's migrations,
/// as EF Core recommends when one model is migrated on several providers.
/// </summary>
internal abstract class ConcertDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Local accounts.</summary>
    public DbSet<UserAccount> Users => Set<UserAccount>();

    /// <summary>Distinct confidentiality labels.</summary>
    public DbSet<StoredLabel> Labels => Set<StoredLabel>();

    /// <summary>Secretariat bulletins.</summary>
    public DbSet<Bulletin> Bulletins => Set<Bulletin>();

    /// <summary>Pooling: asset pledges.</summary>
    public DbSet<StoredPledge> PoolingPledges => Set<StoredPledge>();

    /// <summary>Pooling: funds pledges.</summary>
    public DbSet<StoredFundsPledge> PoolingFunds => Set<StoredFundsPledge>();

    /// <summary>Pooling: common projects.</summary>
    public DbSet<StoredPoolingProject> PoolingProjects => Set<StoredPoolingProject>();

    /// <summary>Pooling: stored plans.</summary>
    public DbSet<StoredPlan> PoolingPlans => Set<StoredPlan>();

    /// <summary>Pooling: nations' defence spending and GNI with sources (the editable reference figures).</summary>
    public DbSet<StoredNationFigures> PoolingNations => Set<StoredNationFigures>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserAccount>(user =>
        {
            user.ToTable("Users");
            user.HasIndex(account => account.UserName).IsUnique();
            user.Property(account => account.UserName).HasMaxLength(64);
            user.Property(account => account.DisplayName).HasMaxLength(200);
            user.Property(account => account.Nation).HasMaxLength(3);
            user.Property(account => account.SecurityStamp).HasMaxLength(64);
        });
        modelBuilder.Entity<StoredLabel>(label =>
        {
            label.ToTable("Labels");
            label.HasIndex(stored => stored.Hash).IsUnique();
            label.Property(stored => stored.Hash).HasMaxLength(64);
        });
        modelBuilder.Entity<Bulletin>(bulletin =>
        {
            bulletin.ToTable("Bulletins");
            bulletin.ConfigureLabelled();
            bulletin.Property(row => row.Title).HasMaxLength(BulletinLimits.TitleLength);
            bulletin.Property(row => row.Body).HasMaxLength(BulletinLimits.BodyLength);
            bulletin.Property(row => row.Author).HasMaxLength(64);
        });
        PoolingModel.Configure(modelBuilder);
    }
}
