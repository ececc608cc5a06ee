namespace Concert.Ais.Tests;

/// <summary>A fact that needs the live gpsdecode oracle; reported as skipped, with the reason, when it is not installed.</summary>
public sealed class GpsdecodeFactAttribute : FactAttribute
{
    /// <summary>Marks the test skipped when <see cref="GpsdecodeRunner.IsInstalled"/> is false.</summary>
    public GpsdecodeFactAttribute()
    {
        if (!GpsdecodeRunner.IsInstalled)
        {
            Skip = GpsdecodeRunner.SkipReason;
        }
    }
}
