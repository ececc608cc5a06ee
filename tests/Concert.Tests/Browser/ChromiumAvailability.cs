namespace Concert.Tests.Browser;

/// <summary>
/// Whether the browser tests can run here: they drive Debian's Chromium, which scripts/ensure-chromium.sh installs
/// (test.sh calls it). Playwright's own browser downloads are never used: the machines reach no download site.
/// </summary>
internal static class ChromiumAvailability
{
    /// <summary>The Chromium the tests drive.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>True when Chromium is installed.</summary>
    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>True in CI, where a missing browser is a broken machine set-up and must fail rather than skip.</summary>
    public static bool IsContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>What to say when Chromium is missing.</summary>
    public const string MissingMessage =
        $"Chromium is not installed at {ExecutablePath}; run ./test.sh (it installs it through scripts/ensure-chromium.sh).";
}
