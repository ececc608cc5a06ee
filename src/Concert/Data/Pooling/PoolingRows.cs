using Concert.Pooling.Model;

namespace Concert.Data.Pooling;

/// <summary>Stored rows from the pooling model's records.</summary>
internal static class PoolingRows
{
    /// <summary>The row of a model pledge.</summary>
    /// <param name="pledge">The pledge.</param>
    /// <param name="author">Who writes it.</param>
    /// <param name="now">When.</param>
    /// <returns>The row, without its label key.</returns>
    public static StoredPledge FromPledge(Pledge pledge, string author, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        return new StoredPledge
        {
            Code = pledge.Id,
            Nation = pledge.Nation.Code,
            AssetType = pledge.AssetType.ToString(),
            Capabilities = (int)pledge.Capabilities,
            Count = pledge.Count,
            FirstWeek = pledge.Availability.First,
            LastWeek = pledge.Availability.Last,
            CostPerDay = pledge.CostPerDay,
            HomePort = pledge.HomePort,
            TransitDaysJson = PoolingJson.Write(pledge.TransitDays.ToDictionary(StringComparer.Ordinal)),
            ExcludedAreasJson = PoolingJson.Write(pledge.Caveats.ExcludedAreaIds.IsDefault ? [] : pledge.Caveats.ExcludedAreaIds.ToArray()),
            ExcludedTasks = (int)pledge.Caveats.ExcludedTasks,
            Created = now,
            Updated = now,
            Author = author,
        };
    }

    /// <summary>The row of a model project.</summary>
    /// <param name="project">The project.</param>
    /// <param name="areas">The areas it owns.</param>
    /// <param name="author">Who writes it.</param>
    /// <param name="now">When.</param>
    /// <returns>The row, without its label key.</returns>
    public static StoredPoolingProject FromProject(PoolingProject project, IReadOnlyList<AreaDocument> areas, string author, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new StoredPoolingProject
        {
            Code = project.Id,
            Name = project.Name,
            AreasJson = PoolingJson.Write(areas),
            RequirementsJson = PoolingJson.Write(project.Requirements.Select(requirement => new RequirementDocument(
                requirement.Id,
                requirement.AreaId,
                requirement.Kind.ToString(),
                requirement.Capability.ToString(),
                requirement.Period.First,
                requirement.Period.Last,
                requirement.UnitsPerWeek,
                requirement.RiskWeight,
                requirement.GroupTransitWeeks.IsDefault ? [] : [.. requirement.GroupTransitWeeks])).ToList()),
            RotationMaxWeeksOnStation = project.Rotation.MaxWeeksOnStation,
            RotationRestWeeks = project.Rotation.RestWeeks,
            BudgetCapsJson = PoolingJson.Write(project.BudgetCaps.ToDictionary(cap => cap.Key.Code, cap => cap.Value, StringComparer.Ordinal)),
            Created = now,
            Updated = now,
            Author = author,
        };
    }
}
