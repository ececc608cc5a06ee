using System.Diagnostics;
using System.Globalization;
using System.Text;
using Concert.Tests.Browser.Pages;
using Microsoft.Playwright;

namespace Concert.Tests.Browser;

public sealed class ZzFiftyThousandMeasurement(BrowserSession session) : IClassFixture<BrowserSession>
{
    [ChromiumFact]
    public async Task Measure()
    {
        var random = new Random(7);
        var json = new StringBuilder("[");
        for (int i = 0; i < 50_000; i++)
        {
            if (i > 0) json.Append(',');
            double lat = -2 + random.NextDouble() * 46, lon = 94 + random.NextDouble() * 50;
            json.Append(CultureInfo.InvariantCulture, $$"""{"mmsi":{{200000000 + i}},"name":"V{{i}}","callSign":null,"imo":null,"shipType":null,"shipTypeCode":{{random.Next(20, 99)}},"flag":null,"flagName":null,"latitude":{{lat}},"longitude":{{lon}},"speedKnots":10,"courseDegrees":{{random.Next(0, 360)}},"headingDegrees":{{random.Next(0, 360)}},"time":"{{DateTimeOffset.UtcNow.AddMinutes(-random.Next(0, 500)):O}}","staleness":"Live","source":"picture","messageType":1,"receiver":null,"receivers":null,"label":{"marking":"CONCERT RESTRICTED","policy":"CONCERT","classification":"RESTRICTED","releasableToNations":[],"releasableToCommunities":[],"caveats":[],"stanag4774Xml":""}}""");
        }
        json.Append(']');
        string body = json.ToString();
        IPage page = await session.NewPageAsync();
        await page.RouteAsync("**/api/v1/maritime/viewport**", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = body }));
        SignInPage signIn = await SignInPage.OpenAsync(page);
        await signIn.SignInAsync("jp.watch", session.Server.PasswordOf("jp.watch"));
        var watch = Stopwatch.StartNew();
        await Assertions.Expect(page.GetByTestId("vessel-count")).ToHaveTextAsync("50,000 vessels in view", new() { Timeout = 60_000 });
        long shown = watch.ElapsedMilliseconds;
        string frames = await page.EvaluateAsync<string>("""
            () => new Promise(resolve => {
              const times = []; let last = performance.now(); const end = last + 10000;
              const step = now => { times.push(now - last); last = now; if (now < end) requestAnimationFrame(step); else {
                times.sort((a, b) => a - b);
                resolve(`frames ${times.length} in 10 s, median ${times[times.length >> 1].toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
              } };
              requestAnimationFrame(step);
            })
            """);
        LocatorBoundingBoxResult box = (await page.GetByRole(AriaRole.Region, new() { Name = "Map of vessels" }).BoundingBoxAsync())!;
        Task<string> panFrames = page.EvaluateAsync<string>("""
            () => new Promise(resolve => {
              const times = []; let last = performance.now(); const end = last + 4000;
              const step = now => { times.push(now - last); last = now; if (now < end) requestAnimationFrame(step); else {
                times.sort((a, b) => a - b);
                resolve(`pan: frames ${times.length} in 4 s, median ${times[times.length >> 1].toFixed(1)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
              } };
              requestAnimationFrame(step);
            })
            """);
        await page.Mouse.MoveAsync(box.X + 400, box.Y + 300);
        await page.Mouse.DownAsync();
        for (int i = 0; i < 40; i++) { await page.Mouse.MoveAsync(box.X + 400 - i * 5, box.Y + 300 - i * 2); }
        await page.Mouse.UpAsync();
        string pan = await panFrames;
        await page.ScreenshotAsync(new() { Path = "/tmp/h13-perf/fifty.png" });
        await File.WriteAllTextAsync("/tmp/h13-perf/result.txt", $"shown after sign-in {shown} ms; idle {frames}; {pan}\n");
    }
}
