using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Concert.Map.Benchmarks;

/// <summary>
/// Frame times as the page sees them: the gaps between requestAnimationFrame callbacks, the main thread's long tasks
/// (over 50 ms, from the Long Tasks API), and the frames the map drew (its WebGL canvas cleared: MapLibre clears once
/// per frame it renders, so a map at rest draws none), recorded in the page from its first script on.
/// </summary>
internal static class FrameRecorder
{
    /// <summary>Installed before any page script runs.</summary>
    public const string Script = """
        (() => {
          const frames = [];
          let last;
          let longTasks = 0;
          let longTaskMs = 0;
          let mapFrames = 0;
          const clear = WebGL2RenderingContext.prototype.clear;
          WebGL2RenderingContext.prototype.clear = function (mask) {
            mapFrames++;
            return clear.call(this, mask);
          };
          const tick = (time) => {
            if (last !== undefined) frames.push(time - last);
            last = time;
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              longTasks++;
              longTaskMs += entry.duration;
            }
          }).observe({ type: 'longtask', buffered: true });
          window.__mapBench = {
            reset() { frames.length = 0; last = undefined; longTasks = 0; longTaskMs = 0; mapFrames = 0; },
            read() { return { frames: frames.slice(), longTasks, longTaskMs, mapFrames }; },
          };
        })();
        """;

    /// <summary>Forgets what was recorded so far.</summary>
    public static Task ResetAsync(IPage page) => page.EvaluateAsync("() => window.__mapBench.reset()");

    /// <summary>What was recorded since the last reset.</summary>
    public static async Task<FrameStatistics> ReadAsync(IPage page, string phase)
    {
        JsonElement read = await page.EvaluateAsync<JsonElement>("() => window.__mapBench.read()");
        double[] frames = [.. read.GetProperty("frames").EnumerateArray().Select(frame => frame.GetDouble()).Order()];
        return new FrameStatistics(phase, frames, read.GetProperty("longTasks").GetInt32(), read.GetProperty("longTaskMs").GetDouble(), read.GetProperty("mapFrames").GetInt32());
    }
}

/// <summary>
/// One phase's frames: count, quantiles of the frame time, frames over 50 ms, main-thread long tasks, and the frames the
/// map drew per second.
/// </summary>
internal sealed record FrameStatistics(string Phase, double[] SortedFrames, int LongTasks, double LongTaskMilliseconds, int MapFrames)
{
    public string Row(double seconds)
    {
        double Quantile(double q) => SortedFrames.Length == 0 ? double.NaN : SortedFrames[(int)Math.Min(SortedFrames.Length - 1, Math.Floor(q * SortedFrames.Length))];
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Phase,-30} | {SortedFrames.Length / seconds,5:F1} | {Quantile(0.5),6:F1} | {Quantile(0.99),7:F1} | {Quantile(1),7:F1} | {SortedFrames.Count(frame => frame > 50),6} | {LongTasks,5} / {LongTaskMilliseconds,7:F0} ms | {MapFrames / seconds,11:F1} |");
    }

    public const string Header = """
        | phase                          |   fps | p50 ms |  p99 ms |  max ms | >50 ms | long tasks / total | map draws/s |
        | ------------------------------ | ----- | ------ | ------- | ------- | ------ | ------------------ | ----------- |
        """;
}
