namespace Concert.Ais.Tests;

/// <summary>A fact that needs gpsd 3.22's <c>gpsdecode</c> as a live oracle; skipped, saying why, when it is not installed.</summary>
public sealed class GpsdecodeFactAttribute : FactAttribute
{
    /// <summary>Where the tests expect gpsdecode.</summary>
    public const string Path = "/usr/bin/gpsdecode";

    /// <summary>Marks the test skipped when <see cref="Path"/> is absent.</summary>
    public GpsdecodeFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"{Path} is not installed: this comparison needs gpsd 3.22's gpsdecode as the oracle.";
        }
    }
}
