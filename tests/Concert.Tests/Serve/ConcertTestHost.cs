using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Concert.Data;
using Concert.Hosting;
using Concert.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Concert.Tests.Serve;

/// <summary>
/// A real <c>concert serve</c> host on a loopback port chosen by the system, with a fake clock and its own data folder,
/// and clients signed in as its users with cookies or bearer tokens.
/// </summary>
internal sealed partial class ConcertTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, string> _passwords;

    private ConcertTestHost(WebApplication app, string dataDirectory, FakeTimeProvider time, Dictionary<string, string> passwords, Uri address)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Time = time;
        _passwords = passwords;
        Address = address;
    }

    /// <summary>The data folder (deleted on dispose).</summary>
    public string DataDirectory { get; }

    /// <summary>The host's clock.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>Where the host listens.</summary>
    public Uri Address { get; }

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>The audit log file.</summary>
    public string AuditLogPath => Path.Combine(DataDirectory, ConcertOptions.AuditLogFileName);

    /// <summary>Starts a host at <paramref name="start"/> on the fake clock; without exercise traffic unless asked; with
    /// <paramref name="settings"/>, more configuration arguments ("--Concert:Feeds:0:Name=…").</summary>
    public static async Task<ConcertTestHost> StartAsync(
        DateTimeOffset start, bool exercise = true, int signInPermitsPerMinute = 10_000, string? dataDirectory = null, string? postgres = null, int exerciseVessels = 0,
        IEnumerable<string>? settings = null)
    {
        string data = dataDirectory ?? Path.Combine(Path.GetTempPath(), "concert-test-" + Guid.NewGuid().ToString("N"));
        var time = new FakeTimeProvider(start);
        var announcements = new StringWriter(CultureInfo.InvariantCulture);
        WebApplication app = ConcertHost.Build(
            [
                "--urls=http://127.0.0.1:0",
                $"--Concert:DataDirectory={data}",
                $"--Concert:Exercise={exercise}",
                $"--Concert:ExerciseVessels={exerciseVessels}",
                $"--Concert:SignIn:PermitsPerMinute={signInPermitsPerMinute}",
                "--Logging:LogLevel:Default=Warning",
                // The fairness analysis plans every coalition; a short limit each keeps a cost-share request within seconds here.
                "--Concert:Pooling:FairShareBudget=00:00:01",
                .. postgres is null ? Array.Empty<string>() : [$"--Concert:PostgresConnectionString={postgres}"],
                .. settings ?? [],
            ],
            announcements,
            builder => builder.Services.AddSingleton<TimeProvider>(time));
        IReadOnlyList<string> urls = await ConcertHost.StartAsync(app, CancellationToken.None);
        var passwords = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in PasswordLine().Matches(announcements.ToString()))
        {
            passwords[match.Groups["user"].Value] = match.Groups["password"].Value;
        }

        return new ConcertTestHost(app, data, time, passwords, new Uri(urls.Single()));
    }

    /// <summary>The one-time password printed at start for <paramref name="userName"/>.</summary>
    public string PasswordOf(string userName) => _passwords[userName];

    /// <summary>Remembers a password set by a test.</summary>
    public void SetPassword(string userName, string password) => _passwords[userName] = password;

    /// <summary>A client without credentials.</summary>
    public HttpClient Anonymous() => new(new HttpClientHandler { UseCookies = false }) { BaseAddress = Address };

    /// <summary>A browser-like client: signed in with a session cookie, sending the session's antiforgery token.</summary>
    public async Task<HttpClient> SignInWithCookieAsync(string userName)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = Address };
        HttpResponseMessage response = await client.PostAsJsonAsync("/api/v1/auth/login", new { username = userName, password = PasswordOf(userName) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement body = await response.Content.ReadFromJsonAsync<JsonElement>();
        JsonElement antiforgery = body.GetProperty("antiforgery");
        client.DefaultRequestHeaders.Add(antiforgery.GetProperty("headerName").GetString()!, antiforgery.GetProperty("token").GetString());
        return client;
    }

    /// <summary>A program-like client: a bearer token from <c>POST /api/v1/auth/token</c>.</summary>
    public async Task<HttpClient> SignInWithTokenAsync(string userName)
    {
        using HttpClient anonymous = Anonymous();
        HttpResponseMessage response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { username = userName, password = PasswordOf(userName) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
        HttpClient client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs <paramref name="work"/> with a scoped records context of the host.</summary>
    public async Task<T> WithDbAsync<T>(Func<ConcertDbContext, Task<T>> work)
    {
        await using AsyncServiceScope scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ConcertDbContext>());
    }

    /// <summary>Creates an account directly and remembers its password.</summary>
    public async Task CreateUserAsync(AccountSeed seed)
    {
        await using AsyncServiceScope scope = Services.CreateAsyncScope();
        string password = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(seed, mustChangePassword: false, CancellationToken.None);
        _passwords[seed.UserName] = password;
    }

    /// <summary>Stops the host and deletes its data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Services.GetService<DbContextOptions<PostgresConcertDbContext>>() is { } postgres)
        {
            // Each PostgreSQL host has a database of its own: drop it.
            await _app.StopAsync();
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var db = new PostgresConcertDbContext(postgres);
            await db.Database.EnsureDeletedAsync();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing request: the temp folder is cleaned by the system later.
        }
    }

    [GeneratedRegex(@"(?:Exercise user (?<user>\S+)|account '(?<user>[^']+)').*password: (?<password>\S+)")]
    private static partial Regex PasswordLine();
}
