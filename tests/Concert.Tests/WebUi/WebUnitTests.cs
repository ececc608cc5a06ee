using System.Diagnostics;

namespace Concert.Tests.WebUi;

/// <summary>
/// Runs the web app's own unit tests (vitest, `npm test` in web/) as part of the .NET test run, so one `dotnet test`
/// covers the TypeScript logic too: API error handling, the classification banner, routes, label summaries.
/// </summary>
public class WebUnitTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Vitest_suite_passes()
    {
        string web = Path.Combine(RepositoryRoot(), "web");
        Assert.True(
            Directory.Exists(Path.Combine(web, "node_modules")),
            "web/node_modules is missing: build the host without -p:SkipWebUi=true (it runs npm ci), or run npm ci in web/.");

        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("test");
        start.Environment["CI"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using Process npm = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
        Task<string> output = npm.StandardOutput.ReadToEndAsync();
        Task<string> error = npm.StandardError.ReadToEndAsync();
        await npm.WaitForExitAsync().WaitAsync(Timeout);

        Assert.True(npm.ExitCode == 0, $"npm test exited with {npm.ExitCode}:\n{await output}\n{await error}");
        Assert.Contains("passed", await output, StringComparison.Ordinal);
    }

    /// <summary>The checkout this test assembly was built from: the nearest folder above it holding web/package.json.</summary>
    private static string RepositoryRoot()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "web", "package.json")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No web/package.json above {AppContext.BaseDirectory}.");
    }
}
