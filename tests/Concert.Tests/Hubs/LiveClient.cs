using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Concert.Tests.Serve;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;

namespace Concert.Tests.Hubs;

/// <summary>
/// A real SignalR client of <c>/hubs/maritime</c> over WebSockets, signed in with a bearer token (sent, as browsers
/// must, in the access_token query parameter) or with a session cookie; the messages it receives wait in queues.
/// </summary>
internal sealed class LiveClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Channel<JsonElement> _snapshots = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<JsonElement> _changes = Channel.CreateUnbounded<JsonElement>();

    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<JsonElement>("snapshot", message => _snapshots.Writer.TryWrite(message));
        connection.On<JsonElement>("changes", message => _changes.Writer.TryWrite(message));
    }

    public HubConnection Connection { get; }

    /// <summary>A connection signed in with a bearer token from <c>POST /api/v1/auth/token</c>.</summary>
    public static async Task<LiveClient> WithTokenAsync(ConcertTestHost host, string userName)
    {
        using HttpClient signedIn = await host.SignInWithTokenAsync(userName);
        string token = signedIn.DefaultRequestHeaders.Authorization!.Parameter!;
        return await StartAsync(Build(host, options => options.AccessTokenProvider = () => Task.FromResult<string?>(token)));
    }

    /// <summary>A connection signed in with the session cookie of <c>POST /api/v1/auth/login</c>.</summary>
    public static async Task<LiveClient> WithCookieAsync(ConcertTestHost host, string userName)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = host.Address };
        HttpResponseMessage response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = userName, password = host.PasswordOf(userName) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await StartAsync(Build(host, options => options.Cookies = cookies));
    }

    /// <summary>A connection attempt without credentials.</summary>
    public static HubConnection Anonymous(ConcertTestHost host) => Build(host, _ => { });

    public Task SubscribeAsync(double west, double south, double east, double north, string[]? classes = null) =>
        Connection.InvokeAsync("Subscribe", new { west, south, east, north, classes });

    public async Task<JsonElement> NextSnapshotAsync() => await NextAsync(_snapshots);

    public async Task<JsonElement> NextChangesAsync() => await NextAsync(_changes);

    /// <summary>True when a "changes" message arrives within <paramref name="wait"/> of real time.</summary>
    public async Task<bool> ChangesArriveWithinAsync(TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            return await _changes.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public static SortedSet<uint> Mmsis(JsonElement vessels) => [.. vessels.EnumerateArray().Select(vessel => vessel.GetProperty("mmsi").GetUInt32())];

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    private static HubConnection Build(ConcertTestHost host, Action<HttpConnectionOptions> configure) => new HubConnectionBuilder()
        .WithUrl(new Uri(host.Address, "/hubs/maritime"), options =>
        {
            options.Transports = HttpTransportType.WebSockets;
            configure(options);
        })
        .Build();

    private static async Task<LiveClient> StartAsync(HubConnection connection)
    {
        var client = new LiveClient(connection);
        await connection.StartAsync();
        return client;
    }

    private static async Task<JsonElement> NextAsync(Channel<JsonElement> queue)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await queue.Reader.ReadAsync(timeout.Token);
    }
}
