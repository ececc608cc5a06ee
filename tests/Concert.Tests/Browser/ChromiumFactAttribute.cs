namespace Concert.Tests.Browser;

/// <summary>
/// A browser test: skipped with the reason when Chromium is missing on a developer's machine, but run (and failed by
/// <see cref="BrowserSession"/> with the same reason) in CI, where a skipped browser test would hide a broken set-up.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason from the machine's state.</summary>
    public ChromiumFactAttribute()
    {
        if (!ChromiumAvailability.IsInstalled && !ChromiumAvailability.IsContinuousIntegration)
        {
            Skip = ChromiumAvailability.MissingMessage;
        }
    }
}
