using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Concert.Hosting;
using Concert.Hubs;
using Concert.Live.Benchmarks;
using Concert.Maritime.Picture;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

// The live hub under load: a real host on loopback, a moving fleet fed into its picture at ITU rates, and SignalR
// clients over WebSockets, each subscribed to a viewport; lag is measured from a vessel's report to its receipt.
LiveSettings settings = LiveSettings.Parse(args);
string data = Path.Combine(Path.GetTempPath(), "concert-live-bench-" + Guid.NewGuid().ToString("N"));
var announcements = new StringWriter(CultureInfo.InvariantCulture);
WebApplication app = ConcertHost.Build(
    [
        "--urls=http://127.0.0.1:0",
        $"--Concert:DataDirectory={data}",
        "--Concert:Exercise=true",
        "--Concert:ExerciseVessels=0",
        "--Concert:SignIn:PermitsPerMinute=100000",
        $"--Concert:Live:PushIntervalMilliseconds={settings.IntervalMilliseconds}",
        "--Logging:LogLevel:Default=Warning",
    ],
    announcements);
var address = new Uri((await ConcertHost.StartAsync(app, CancellationToken.None)).Single());
try
{
    string password = Regex.Match(announcements.ToString(), @"Exercise user jp\.watch.*password: (\S+)").Groups[1].Value;
    using var http = new HttpClient { BaseAddress = address };
    HttpResponseMessage signIn = await http.PostAsJsonAsync("/api/v1/auth/token", new { username = "jp.watch", password });
    signIn.EnsureSuccessStatusCode();
    string token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;

    MaritimePicture picture = app.Services.GetRequiredService<MaritimePicture>();
    var fleet = new MovingFleet(picture, ExerciseData.TrafficLabel, settings.Vessels, seed: 42);
    fleet.ReportAll();
    using var stopFeed = new CancellationTokenSource();
    var feeder = new Thread(() => fleet.Run(stopFeed.Token)) { IsBackground = true, Name = "feed" };
    feeder.Start();

    var recorder = new LagRecorder();
    var random = new Random(7);
    var clients = new List<HubConnection>();
    long snapshotVessels = 0;
    int dropped = 0;
    var connecting = Stopwatch.StartNew();
    for (int i = 0; i < settings.Clients; i++)
    {
        HubConnection client = new HubConnectionBuilder()
            .WithUrl(new Uri(address, MaritimeHub.Path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        var snapshot = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.On<LiveSnapshot>("snapshot", message => snapshot.TrySetResult(message.Vessels.Count));
        client.On<LiveChanges>("changes", message =>
        {
            recorder.Received(DateTimeOffset.UtcNow, message.Updated);
            Interlocked.Add(ref dropped, message.Dropped);
        });
        await client.StartAsync();
        double west = LiveSettings.West + random.NextDouble() * (LiveSettings.East - LiveSettings.West - settings.ViewportDegrees);
        double south = LiveSettings.South + random.NextDouble() * (LiveSettings.North - LiveSettings.South - settings.ViewportDegrees);
        await client.InvokeAsync("Subscribe", new { west, south, east = west + settings.ViewportDegrees, north = south + settings.ViewportDegrees });
        snapshotVessels += await snapshot.Task.WaitAsync(TimeSpan.FromMinutes(5));
        clients.Add(client);
    }

    connecting.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{settings.Clients} clients subscribed in {connecting.Elapsed.TotalSeconds:F1} s; {snapshotVessels / (double)settings.Clients:F0} vessels per viewport on average; warming up 5 s"));
    await Task.Delay(TimeSpan.FromSeconds(5));

    using var process = Process.GetCurrentProcess();
    process.Refresh();
    TimeSpan cpuBefore = process.TotalProcessorTime;
    long reportsBefore = fleet.Reports;
    var wall = Stopwatch.StartNew();
    recorder.Start();
    await Task.Delay(TimeSpan.FromSeconds(settings.Seconds));
    recorder.Stop();
    wall.Stop();
    process.Refresh();
    double cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
    long reports = fleet.Reports - reportsBefore;
    stopFeed.Cancel();
    feeder.Join();

    double seconds = wall.Elapsed.TotalSeconds;
    LiveViewports viewports = app.Services.GetRequiredService<LiveViewports>();
    var rows = new (string What, string Value)[]
    {
        ("vessels moving / clients / push interval", string.Create(CultureInfo.InvariantCulture, $"{settings.Vessels:N0} / {settings.Clients} / {settings.IntervalMilliseconds} ms")),
        ("viewport (degrees) / vessels per viewport", string.Create(CultureInfo.InvariantCulture, $"{settings.ViewportDegrees}° × {settings.ViewportDegrees}° / {snapshotVessels / (double)settings.Clients:F0}")),
        ("position reports merged", string.Create(CultureInfo.InvariantCulture, $"{reports / seconds:N0} /s")),
        ("changes messages received", string.Create(CultureInfo.InvariantCulture, $"{recorder.Messages / seconds:N0} /s")),
        ("vessel updates received", string.Create(CultureInfo.InvariantCulture, $"{recorder.Vessels / seconds:N0} /s")),
        ("lag p50 / p99 / max", string.Create(CultureInfo.InvariantCulture, $"{recorder.Quantile(0.5):F0} / {recorder.Quantile(0.99):F0} / {recorder.Quantile(1):F0} ms")),
        ("CPU (host, feed and clients in one process)", string.Create(CultureInfo.InvariantCulture, $"{cpuSeconds:F1} s in {seconds:F1} s = {cpuSeconds / seconds:P0} of one core")),
        ("changes dropped for slow clients", string.Create(CultureInfo.InvariantCulture, $"{viewports.DroppedVessels} (clients told {dropped})")),
        ("managed heap after the run", string.Create(CultureInfo.InvariantCulture, $"{GC.GetTotalMemory(false) / 1_048_576.0:F0} MB")),
    };
    int width = rows.Max(row => row.What.Length);
    Console.WriteLine();
    Console.WriteLine($"| {"measure".PadRight(width)} | value |");
    Console.WriteLine($"| {new string('-', width)} | ----- |");
    foreach ((string what, string value) in rows)
    {
        Console.WriteLine($"| {what.PadRight(width)} | {value} |");
    }

    foreach (HubConnection client in clients)
    {
        await client.DisposeAsync();
    }
}
finally
{
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
