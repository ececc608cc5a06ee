using System.Text.Json;
using Microsoft.Playwright;

namespace Concert.Map.Benchmarks;

/// <summary>
/// Chromium's own trace (over the DevTools protocol's Tracing domain) while a phase runs: every process's threads,
/// so the time the page's main thread spends waiting on the WebGL read-back and the GPU process's drawing show up
/// by name, which the JavaScript profiler lumps together as "(program)". Written as a JSON trace file.
/// </summary>
internal sealed class ChromiumTrace
{
    private readonly ICDPSession _session;
    private readonly List<JsonElement> _events = [];
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChromiumTrace(ICDPSession session)
    {
        _session = session;
        session.Event("Tracing.dataCollected").OnEvent += (_, data) =>
        {
            lock (_events)
            {
                _events.AddRange(data?.GetProperty("value").EnumerateArray().Select(element => element.Clone()) ?? []);
            }
        };
        session.Event("Tracing.tracingComplete").OnEvent += (_, _) => _complete.TrySetResult();
    }

    /// <summary>Starts tracing the page's browser.</summary>
    public static async Task<ChromiumTrace> StartAsync(IPage page)
    {
        ICDPSession session = await page.Context.NewCDPSessionAsync(page);
        var trace = new ChromiumTrace(session);
        await session.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["transferMode"] = "ReportEvents",
            ["traceConfig"] = new Dictionary<string, object>
            {
                ["includedCategories"] = new[] { "toplevel", "blink", "cc", "gpu", "viz", "v8", "disabled-by-default-devtools.timeline" },
            },
        });
        return trace;
    }

    /// <summary>Stops tracing and writes what was traced to <paramref name="path"/>.</summary>
    public async Task StopAsync(string path)
    {
        await _session.SendAsync("Tracing.end");
        await _complete.Task;
        await using FileStream file = File.Create(path);
        lock (_events)
        {
            JsonSerializer.Serialize(file, new { traceEvents = _events });
        }
    }
}
