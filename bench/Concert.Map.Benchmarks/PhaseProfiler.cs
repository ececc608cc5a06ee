using System.Text.Json;
using Microsoft.Playwright;

namespace Concert.Map.Benchmarks;

/// <summary>
/// Samples the page's main thread with Chromium's profiler (over the DevTools protocol) during one phase at a time,
/// and writes each phase's profile as a .cpuprofile file: where the frames' time goes, function by function.
/// </summary>
internal sealed class PhaseProfiler
{
    private readonly ICDPSession _session;
    private readonly string _folder;

    private PhaseProfiler(ICDPSession session, string folder)
    {
        _session = session;
        _folder = folder;
    }

    /// <summary>Attaches to the page; profiles are written to <paramref name="folder"/>.</summary>
    public static async Task<PhaseProfiler> StartAsync(IPage page, string folder)
    {
        Directory.CreateDirectory(folder);
        ICDPSession session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("Profiler.enable");
        // One sample every 200 µs: a 16 ms frame is split into some 80 samples.
        await session.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 200 });
        return new PhaseProfiler(session, folder);
    }

    /// <summary>Starts sampling.</summary>
    public Task BeginAsync() => _session.SendAsync("Profiler.start");

    /// <summary>Stops sampling and writes what was sampled as <c>phase</c>.cpuprofile.</summary>
    public async Task EndAsync(string phase)
    {
        JsonElement? stopped = await _session.SendAsync("Profiler.stop");
        string name = string.Concat(phase.Select(character => char.IsLetterOrDigit(character) ? character : '-'));
        await File.WriteAllTextAsync(Path.Combine(_folder, name + ".cpuprofile"), stopped?.GetProperty("profile").GetRawText());
    }
}
