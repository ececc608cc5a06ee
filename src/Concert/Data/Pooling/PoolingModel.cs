using Microsoft.EntityFrameworkCore;

namespace Concert.Data.Pooling;

/// <summary>The schema of the pooling records: pledges, funds, projects, plans and nations' figures, each labelled like
/// a bulletin.</summary>
internal static class PoolingModel
{
    /// <summary>Longest code of a pledge or project.</summary>
    public const int CodeLength = 40;

    /// <summary>Longest name of a project, port or area.</summary>
    public const int NameLength = 200;

    /// <summary>Longest source of a nation's figure.</summary>
    public const int SourceLength = 300;

    /// <summary>Adds the pooling tables.</summary>
    /// <param name="modelBuilder">The context's model builder.</param>
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StoredPledge>(pledge =>
        {
            pledge.ToTable("PoolingPledges");
            pledge.ConfigureLabelled();
            pledge.Property(row => row.Code).HasMaxLength(CodeLength);
            pledge.Property(row => row.Nation).HasMaxLength(3);
            pledge.Property(row => row.AssetType).HasMaxLength(40);
            pledge.Property(row => row.HomePort).HasMaxLength(NameLength);
            pledge.Property(row => row.Author).HasMaxLength(64);
        });
        modelBuilder.Entity<StoredFundsPledge>(funds =>
        {
            funds.ToTable("PoolingFunds");
            funds.ConfigureLabelled();
            funds.Property(row => row.Nation).HasMaxLength(3);
            funds.Property(row => row.ProjectCode).HasMaxLength(CodeLength);
            funds.Property(row => row.Author).HasMaxLength(64);
        });
        modelBuilder.Entity<StoredPoolingProject>(project =>
        {
            project.ToTable("PoolingProjects");
            project.ConfigureLabelled();
            project.Property(row => row.Code).HasMaxLength(CodeLength);
            project.Property(row => row.Name).HasMaxLength(NameLength);
            project.Property(row => row.Author).HasMaxLength(64);
        });
        modelBuilder.Entity<StoredPlan>(plan =>
        {
            plan.ToTable("PoolingPlans");
            plan.ConfigureLabelled();
            plan.Property(row => row.Author).HasMaxLength(64);
            plan.Property(row => row.Status).HasMaxLength(20);
            plan.Property(row => row.WhatIf).HasMaxLength(NameLength);
        });
        modelBuilder.Entity<StoredNationFigures>(nation =>
        {
            nation.ToTable("PoolingNations");
            nation.ConfigureLabelled();
            nation.Property(row => row.Nation).HasMaxLength(3);
            nation.Property(row => row.DefenceSpendingSource).HasMaxLength(SourceLength);
            nation.Property(row => row.GniSource).HasMaxLength(SourceLength);
            nation.Property(row => row.Author).HasMaxLength(64);
        });
    }
}
