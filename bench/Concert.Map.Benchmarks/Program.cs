using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Concert.Hosting;
using Concert.Live.Benchmarks;
using Concert.Map.Benchmarks;
using Concert.Maritime.Picture;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

// The operations-room map under a full picture, in Chromium driven by Playwright: a real host whose picture holds
// VESSELS moving vessels (the live bench's fleet, all inside the map's opening view), a watch officer who signs in,
// and frame times measured in the page while it rests, pans and zooms, and takes the hub's live changes.
//   usage: dotnet run -c Release --project bench/Concert.Map.Benchmarks -- [VESSELS=50000] [SECONDS=10] [PROFILES]
//          [--compositing=software|gpu] [--trace=FILE]
// With a PROFILES folder, the page's main thread is sampled by Chromium's profiler in each phase, and each phase's
// profile is written there as <phase>.cpuprofile (opened by the Performance panel of Chromium's developer tools).
// Compositing: `software` (the default) runs Chromium as the browser tests do, with the GPU disabled, so the page is
// composited by the processor and every WebGL frame is read back from SwiftShader on the page's main thread;
// `gpu` composites on the GPU process as on a machine with a graphics card, which here is SwiftShader again (no
// card in the container), so WebGL frames go to the compositor without that read-back.
// With --trace=FILE, Chromium's own trace of the first pan and zoom phase (every thread of every process: the page's
// main thread, the compositor, the GPU process) is written to FILE, for chrome://tracing or ui.perfetto.dev.
string[] positional = [.. args.Where(argument => !argument.StartsWith("--", StringComparison.Ordinal))];
int vessels = positional.Length > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 50_000;
int seconds = positional.Length > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 10;
string? profiles = positional.Length > 2 ? Path.GetFullPath(positional[2]) : null;
string compositing = args.FirstOrDefault(argument => argument.StartsWith("--compositing=", StringComparison.Ordinal))?["--compositing=".Length..] ?? "software";
string? trace = args.FirstOrDefault(argument => argument.StartsWith("--trace=", StringComparison.Ordinal)) is { } traceArgument ? Path.GetFullPath(traceArgument["--trace=".Length..]) : null;
string[] compositingArguments = compositing switch
{
    "software" => ["--disable-gpu"],
    "gpu" => ["--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
    _ => throw new ArgumentException($"Compositing is 'software' or 'gpu', not '{compositing}'."),
};
const string Chromium = "/usr/bin/chromium";
if (!File.Exists(Chromium))
{
    Console.Error.WriteLine($"The map bench drives {Chromium}; scripts/ensure-chromium.sh installs it.");
    return 1;
}

string data = Path.Combine(Path.GetTempPath(), "concert-map-bench-" + Guid.NewGuid().ToString("N"));
var announcements = new StringWriter(CultureInfo.InvariantCulture);
WebApplication app = ConcertHost.Build(
    [
        "--urls=http://127.0.0.1:0",
        $"--Concert:DataDirectory={data}",
        "--Concert:Exercise=true",
        "--Concert:ExerciseVessels=0",
        "--Logging:LogLevel:Default=Warning",
    ],
    announcements);
var address = new Uri((await ConcertHost.StartAsync(app, CancellationToken.None)).Single());
Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
using IPlaywright playwright = await Playwright.CreateAsync();
await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = Chromium,
    Headless = true,
    // As the browser tests run it: Debian's Chromium as root in a container, no GPU (WebGL by SwiftShader).
    Args = ["--no-sandbox", .. compositingArguments, "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
using var stopFeed = new CancellationTokenSource();
Thread? feeder = null;
try
{
    string password = Regex.Match(announcements.ToString(), @"Exercise user jp\.watch.*password: (\S+)").Groups[1].Value;
    var fleet = new MovingFleet(app.Services.GetRequiredService<MaritimePicture>(), ExerciseData.TrafficLabel, vessels, seed: 42);
    fleet.ReportAll();

    await using IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = address.ToString(),
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        Locale = "en-GB",
    });
    await context.AddInitScriptAsync(FrameRecorder.Script);
    IPage page = await context.NewPageAsync();
    page.SetDefaultTimeout(300_000);
    // Errors thrown in the page are counted and the first of each kind shown: MapLibre stops drawing on some of them.
    var pageErrors = new Dictionary<string, int>();
    page.PageError += (_, error) =>
    {
        string kind = error.Split('\n')[0];
        lock (pageErrors)
        {
            pageErrors[kind] = pageErrors.GetValueOrDefault(kind) + 1;
        }
    };
    await page.GotoAsync("/");
    await page.GetByLabel("Username").FillAsync("jp.watch");
    await page.GetByLabel("Password").FillAsync(password);

    // First load: from submitting the sign-in to every vessel drawn and the map at rest.
    var firstLoad = Stopwatch.StartNew();
    await page.GetByLabel("Password").PressAsync("Enter");
    ILocator count = page.GetByTestId("vessel-count");
    await Assertions.Expect(count).ToHaveTextAsync($"{vessels.ToString("N0", CultureInfo.InvariantCulture)} vessels in view", new() { Timeout = 300_000 });
    double countShown = firstLoad.Elapsed.TotalSeconds;
    ILocator map = page.GetByRole(AriaRole.Region, new() { Name = "Map of vessels" });
    // MapLibre is idle once every tile is loaded and drawn; a map that never rests within two minutes is reported as such.
    string drawn;
    try
    {
        await Assertions.Expect(map).ToHaveAttributeAsync("data-vessels-drawn", vessels.ToString(CultureInfo.InvariantCulture), new() { Timeout = 120_000 });
        drawn = string.Create(CultureInfo.InvariantCulture, $"{firstLoad.Elapsed.TotalSeconds:F1} s");
    }
    catch (PlaywrightException)
    {
        drawn = "not at rest within 120 s";
    }


    // What drew the WebGL: SwiftShader (the processor) in this container, whichever the compositing.
    string renderer = await page.EvaluateAsync<string>("""
        () => {
          const gl = document.createElement('canvas').getContext('webgl2');
          const info = gl.getExtension('WEBGL_debug_renderer_info');
          return info === null ? gl.getParameter(gl.RENDERER) : gl.getParameter(info.UNMASKED_RENDERER_WEBGL);
        }
        """);

    var phases = new List<(FrameStatistics Frames, double Seconds)>();
    PhaseProfiler? profiler = profiles is null ? null : await PhaseProfiler.StartAsync(page, profiles);
    async Task MeasureAsync(string phase, Func<Task> during)
    {
        await FrameRecorder.ResetAsync(page);
        if (profiler is not null) await profiler.BeginAsync();
        var wall = Stopwatch.StartNew();
        await during();
        double phaseSeconds = wall.Elapsed.TotalSeconds;
        if (profiler is not null) await profiler.EndAsync(phase);
        phases.Add((await FrameRecorder.ReadAsync(page, phase), phaseSeconds));
    }

    LocatorBoundingBoxResult box = await map.BoundingBoxAsync() ?? throw new InvalidOperationException("The map is not on screen.");
    (float x, float y) = ((float)(box.X + box.Width / 2), (float)(box.Y + box.Height / 2));
    // Pans of 300 px in each direction and a zoom in and out by wheel, repeated: an officer looking around.
    async Task PanAndZoomAsync()
    {
        var wall = Stopwatch.StartNew();
        int turn = 0;
        while (wall.Elapsed.TotalSeconds < seconds)
        {
            (float dx, float dy) = (turn++ % 4) switch { 0 => (300f, 0f), 1 => (0f, 200f), 2 => (-300f, 0f), _ => (0f, -200f) };
            await page.Mouse.MoveAsync(x, y);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(x + dx, y + dy, new() { Steps = 30 });
            await page.Mouse.UpAsync();
            for (int notch = 0; notch < 3; notch++)
            {
                await page.Mouse.WheelAsync(0, -240);
                await page.WaitForTimeoutAsync(50);
            }

            for (int notch = 0; notch < 3; notch++)
            {
                await page.Mouse.WheelAsync(0, 240);
                await page.WaitForTimeoutAsync(50);
            }
        }
    }

    await MeasureAsync("at rest, no changes", () => page.WaitForTimeoutAsync(seconds * 1000));
    ChromiumTrace? tracing = trace is null ? null : await ChromiumTrace.StartAsync(page);
    await MeasureAsync("pan and zoom, no changes", PanAndZoomAsync);
    if (tracing is not null)
    {
        await tracing.StopAsync(trace!);
    }


    feeder = new Thread(() => fleet.Run(stopFeed.Token)) { IsBackground = true, Name = "feed" };
    feeder.Start();
    await page.WaitForTimeoutAsync(3000);
    long reportsBefore = fleet.Reports;
    var live = Stopwatch.StartNew();
    await MeasureAsync("at rest, live changes", () => page.WaitForTimeoutAsync(seconds * 1000));
    await MeasureAsync("pan and zoom, live changes", PanAndZoomAsync);
    double reportsPerSecond = (fleet.Reports - reportsBefore) / live.Elapsed.TotalSeconds;

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{vessels:N0} vessels, {compositing} compositing; first load: {countShown:F1} s to the count, {drawn} to every vessel drawn and the map at rest; live: {reportsPerSecond:N0} position reports/s merged"));
    Console.WriteLine("WebGL renderer: " + renderer);
    Console.WriteLine(FrameStatistics.Header);
    foreach ((FrameStatistics frames, double phaseSeconds) in phases)
    {
        Console.WriteLine(frames.Row(phaseSeconds));
    }

    lock (pageErrors)
    {
        foreach ((string kind, int times) in pageErrors)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page error ({times} times): {kind}"));
        }
    }

    return 0;
}
finally
{
    await stopFeed.CancelAsync();
    feeder?.Join();
    await app.StopAsync();
    await app.DisposeAsync();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try
    {
        Directory.Delete(data, recursive: true);
    }
    catch (IOException)
    {
        // A file still open: the temporary folder is cleaned by the system later.
    }
}
