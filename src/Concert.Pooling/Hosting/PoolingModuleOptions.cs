using Concert.Pooling.Planning;

namespace Concert.Pooling.Hosting;

/// <summary>Settings of the pooling module in the host.</summary>
public sealed class PoolingModuleOptions
{
    /// <summary>A dataset JSON file to start from; null for the built-in reference dataset.</summary>
    public string? DatasetPath { get; set; }

    /// <summary>How plans are searched.</summary>
    public PlannerOptions Planner { get; set; } = new();
}
