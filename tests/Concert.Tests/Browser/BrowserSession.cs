using Concert.Tests.Serve;
using Microsoft.Playwright;

namespace Concert.Tests.Browser;

/// <summary>
/// One running host (the API tests' <see cref="ConcertTestHost"/> with the exercise data, on a loopback port) and one
/// headless Chromium for a class of browser tests; each test opens its own browser context,
/// so cookies and sessions never leak from one test to the next.
/// </summary>
public class BrowserSession : IAsyncLifetime
{
    // What the design fixes for Debian's Chromium run as root in a container: no sandbox, no GPU, and nothing that
    // reaches out to the network on its own. Playwright gives each launch a fresh temporary --user-data-dir.
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ConcertTestHost? _server;

    /// <summary>A host with the exercise users and records but no simulated traffic.</summary>
    public BrowserSession()
    {
    }

    /// <summary>The host's start time on its fake clock.</summary>
    protected virtual DateTimeOffset Start => DateTimeOffset.UtcNow;

    /// <summary>How many simulated vessels the host's exercise traffic has (none by default).</summary>
    protected virtual int ExerciseVessels => 0;

    /// <summary>The host under test.</summary>
    internal ConcertTestHost Server => _server ?? throw new InvalidOperationException(ChromiumAvailability.MissingMessage);

    /// <summary>Starts the host and the browser, unless the tests are skipped for want of Chromium.</summary>
    /// <returns>A task that completes when both run.</returns>
    public async Task InitializeAsync()
    {
        if (!ChromiumAvailability.IsInstalled)
        {
            if (ChromiumAvailability.IsContinuousIntegration)
            {
                throw new InvalidOperationException(ChromiumAvailability.MissingMessage);
            }

            return;
        }

        // The package never downloads a browser by itself; this keeps any later install step from trying.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _server = await ConcertTestHost.StartAsync(Start, exerciseVessels: ExerciseVessels);
        await PrepareAsync(_server);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumAvailability.ExecutablePath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>Brings the started host to the state the tests expect; nothing by default.</summary>
    /// <param name="server">The started host.</param>
    /// <returns>A task that completes when the host is ready.</returns>
    private protected virtual Task PrepareAsync(ConcertTestHost server) => Task.CompletedTask;

    /// <summary>A new page in a new browser context, at the size of an operations-room screen (1280×800).</summary>
    /// <returns>The page; dispose its context when done.</returns>
    public async Task<IPage> NewPageAsync()
    {
        IBrowser running = _browser ?? throw new InvalidOperationException(ChromiumAvailability.MissingMessage);
        IBrowserContext context = await running.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-GB",
            TimezoneId = "Asia/Tokyo",
        });
        // Actions and web-first expectations get the same patience: CI's two cores run the other test assemblies
        // beside the browser, and a past picture answered from the archive then takes more than Playwright's 5 s.
        context.SetDefaultTimeout(15_000);
        Assertions.SetDefaultExpectTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Closes the browser and stops the host.</summary>
    /// <returns>A task that completes when both have stopped.</returns>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
