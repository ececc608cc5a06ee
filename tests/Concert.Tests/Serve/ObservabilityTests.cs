using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Concert.Hosting;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;
using Concert.Security;
using Concert.Sharing;
using Concert.Sharing.Stanag4774;
using Microsoft.Extensions.DependencyInjection;

namespace Concert.Tests.Serve;

/// <summary>
/// A host with one live TCP feed from a real socket: <c>/metrics</c> gives administrators what the feed really read,
/// and <c>/health</c> turns Degraded when the socket closes, with the reason only in the administrators' details.
/// </summary>
[Collection(ProcessWideMetrics.Name)]
public sealed class ObservabilityTests : IAsyncLifetime, IDisposable
{
    private const string FeedName = "coastal";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TcpListener _server = new(IPAddress.Loopback, 0);
    private ConcertTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _server.Start();
        string label = Stanag4774LabelWriter.ToElement(ExerciseData.TrafficLabel).ToString(SaveOptions.DisableFormatting);
        _host = await ConcertTestHost.StartAsync(ServeFixture.Start, settings:
        [
            $"--Concert:Feeds:0:Name={FeedName}",
            $"--Concert:Feeds:0:Kind={FeedKind.NmeaTcp}",
            "--Concert:Feeds:0:Host=127.0.0.1",
            $"--Concert:Feeds:0:Port={((IPEndPoint)_server.LocalEndpoint).Port}",
            // The host's clock is fake and stands still: a dropped feed waits for it before reconnecting, so it stays down.
            "--Concert:Feeds:0:InitialBackoff=00:10:00",
            "--Concert:Feeds:0:MaxBackoff=00:10:00",
            $"--Concert:Feeds:0:LabelXml={label}",
        ]);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Metrics_count_what_the_feed_read_and_health_degrades_when_its_socket_closes()
    {
        // The first 30 AIVDM lines of gpsd's sample.aivdm (`gpsdecode -u -j` 3.22 decodes 27 messages) and one line of garbage.
        string[] lines =
        [
            .. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "gpsd", "sample.aivdm"))
                .Where(line => line.StartsWith("!AIVDM", StringComparison.Ordinal)).Take(30),
            "garbage line",
        ];
        PositionFeed feed = _host.Services.GetRequiredService<IngestRunner>().Feeds.Single();
        using HttpClient anonymous = _host.Anonymous();
        using HttpClient administrator = await AdministratorAsync();
        using HttpClient reader = await _host.SignInWithTokenAsync("jp.watch");

        using (TcpClient connection = await _server.AcceptTcpClientAsync().WaitAsync(Patience))
        {
            await connection.GetStream().WriteAsync(Encoding.ASCII.GetBytes(string.Join("\r\n", lines) + "\r\n"));
            await WaitUntil(() => feed.Statistics.Lines == lines.Length, () => Describe(feed));

            Assert.Equal("Healthy", await (await anonymous.GetAsync("/health")).Content.ReadAsStringAsync());
            HttpResponseMessage scrape = await administrator.GetAsync(ObservabilityRegistration.MetricsPath);
            Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
            string metrics = await scrape.Content.ReadAsStringAsync();
            Assert.Equal(27, Sample(metrics, "concert_ais_messages_total", "feed=\"coastal\""));
            Assert.Equal(31, Sample(metrics, "concert_ais_lines_total", "feed=\"coastal\""));
            Assert.Equal(1, Sample(metrics, "concert_ais_rejects_total", "reason=\"NotAis\""));
            Assert.Equal(1, Sample(metrics, "concert_ingest_feed_connected", "feed=\"coastal\""));
            // The host opened a fresh audit log: what it wrote since is the whole file.
            Assert.Equal(
                AuditEntries.After(_host, 0).Count(entry => entry.Kind == Concert.Sharing.Audit.AuditEntryKind.SignIn),
                Sample(metrics, "concert_audit_entries_total", "kind=\"SignIn\""));
            foreach (string instrument in (string[])["concert_live_connections", "concert_picture_vessels", "concert_ingest_positions_stored_total"])
            {
                Assert.Contains(instrument, metrics, StringComparison.Ordinal);
            }
        }

        await WaitUntil(() => !feed.Statistics.IsConnected, () => Describe(feed));

        HttpResponseMessage health = await anonymous.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/health/details")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/health/details")).StatusCode);
        JsonElement details = JsonDocument.Parse(await administrator.GetStringAsync("/health/details")).RootElement;
        Assert.Equal("Degraded", details.GetProperty("status").GetString());
        JsonElement feeds = details.GetProperty("checks").GetProperty("feeds");
        Assert.Equal("Degraded", feeds.GetProperty("status").GetString());
        Assert.StartsWith($"{FeedName} is disconnected for under a second (the server closed the connection)", feeds.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", details.GetProperty("checks").GetProperty("archive").GetProperty("status").GetString());
        Assert.Equal("Healthy", details.GetProperty("checks").GetProperty("audit-log").GetProperty("status").GetString());
        Assert.Equal(0, Sample(await administrator.GetStringAsync(ObservabilityRegistration.MetricsPath), "concert_ingest_feed_connected", "feed=\"coastal\""));
    }

    [Fact]
    public async Task Metrics_answer_administrators_only()
    {
        using HttpClient anonymous = _host.Anonymous();
        using HttpClient reader = await _host.SignInWithTokenAsync("jp.watch");

        HttpResponseMessage refused = await anonymous.GetAsync(ObservabilityRegistration.MetricsPath);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(ObservabilityRegistration.MetricsPath)).StatusCode);
    }

    private static string Describe(PositionFeed feed) =>
        $"{feed.Statistics.Lines} lines, {feed.Statistics.Messages} messages, connected {feed.Statistics.IsConnected}, {feed.Statistics.Disconnection}";

    // An administrator who needs no password change, as a scraper's account would be.
    private async Task<HttpClient> AdministratorAsync()
    {
        await _host.CreateUserAsync(new AccountSeed(
            "metrics.scraper", "Metrics scraper", Trigraph.Parse("GBR"), Classification.Unclassified, [ConcertRoles.Administrator], [], []));
        return await _host.SignInWithTokenAsync("metrics.scraper");
    }

    // The value of the first sample of a metric whose labels include the given one, from the Prometheus text format.
    private static double Sample(string metrics, string name, string label)
    {
        string line = metrics.Split('\n').First(line => line.StartsWith(name + "{", StringComparison.Ordinal) && line.Contains(label, StringComparison.Ordinal));
        return double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntil(Func<bool> condition, Func<string> describe)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, $"timed out: {describe()}");
            await Task.Delay(10);
        }
    }
}
