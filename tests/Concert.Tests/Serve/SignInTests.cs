using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concert.Security;
using Concert.Sharing;
using Concert.Sharing.Audit;

namespace Concert.Tests.Serve;

/// <summary>Sign-in over the real host: wrong passwords, lockout, token expiry, the first administrator's password change,
/// antiforgery and the sign-in rate limit. Every refusal is an RFC 9457 problem and is audited.</summary>
public sealed class SignInTests(ServeFixture fixture) : IClassFixture<ServeFixture>
{
    private readonly ConcertTestHost _host = fixture.Host;

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_401_problem_and_are_audited()
    {
        long mark = AuditEntries.Last(_host);
        using HttpClient client = _host.Anonymous();
        JsonElement wrong = await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "kr.analyst", password = "not-the-password" }), HttpStatusCode.Unauthorized);
        JsonElement unknown = await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "nobody", password = "whatever" }), HttpStatusCode.Unauthorized);
        Assert.Equal(wrong.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());

        List<AuditEntry> entries = AuditEntries.After(_host, mark);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, entry => Assert.Equal(AuditEntryKind.SignIn, entry.Kind));
        Assert.Equal("wrong-password", entries[0].Details["outcome"]);
        Assert.Equal("KOR", entries[0].Actor!.Nation.Code);
        Assert.Equal("unknown-user", entries[1].Details["outcome"]);
        Assert.Null(entries[1].Actor);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes_even_against_the_right_password()
    {
        var seed = new AccountSeed("lock.test", "Lockout test", Trigraph.Parse("NZL"), Classification.Secret, [ConcertRoles.Analyst], [], []);
        await _host.CreateUserAsync(seed);
        using HttpClient client = _host.Anonymous();
        for (int attempt = 0; attempt < 5; attempt++)
        {
            await ProblemAssert.IsProblemAsync(
                await client.PostAsJsonAsync("/api/v1/auth/login", new { username = seed.UserName, password = "wrong" }), HttpStatusCode.Unauthorized);
        }

        object right = new { username = seed.UserName, password = _host.PasswordOf(seed.UserName) };
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login", right), HttpStatusCode.Locked);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/token", right), HttpStatusCode.Locked);
        _host.Time.Advance(TimeSpan.FromMinutes(14));
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/v1/auth/login", right), HttpStatusCode.Locked);
        _host.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/auth/login", right)).StatusCode);

        string[] outcomes = [.. AuditLogReader.ReadEntries(_host.AuditLogPath)
            .Where(entry => entry.Kind == AuditEntryKind.SignIn && entry.Details["userName"] == seed.UserName)
            .Select(entry => entry.Details["outcome"])];
        Assert.Equal(
            ["wrong-password", "wrong-password", "wrong-password", "wrong-password", "wrong-password-now-locked-out", "locked-out", "locked-out", "locked-out", "success"],
            outcomes);
    }

    [Fact]
    public async Task A_token_is_refused_with_a_401_problem_once_it_has_expired()
    {
        using HttpClient client = await _host.SignInWithTokenAsync("au.analyst");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        _host.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        _host.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        using HttpClient genuine = await _host.SignInWithTokenAsync("cn.observer");
        string token = genuine.DefaultRequestHeaders.Authorization!.Parameter!;
        string[] parts = token.Split('.');
        // Claim to be the administrator (account 1) under the observer's signature.
        string payload = System.Text.Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(parts[1]));
        string forged = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(
            payload.Replace("\"cn.observer\"", "\"admin\"", StringComparison.Ordinal));
        using HttpClient client = _host.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", $"{parts[0]}.{forged}.{parts[2]}");
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_first_administrator_must_change_the_one_time_password_before_anything_else()
    {
        using HttpClient admin = await _host.SignInWithCookieAsync("admin");
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("/api/v1/bulletins"), HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(
            await _host.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { username = "admin", password = _host.PasswordOf("admin") }),
            HttpStatusCode.Forbidden);

        string oneTime = _host.PasswordOf("admin");
        JsonElement tooShort = await ProblemAssert.IsProblemAsync(
            await admin.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = oneTime, newPassword = "short" }), HttpStatusCode.BadRequest);
        Assert.True(tooShort.GetProperty("errors").TryGetProperty("newPassword", out _));

        const string chosen = "a long passphrase of my own";
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync("/api/v1/auth/password", new { currentPassword = oneTime, newPassword = chosen })).StatusCode);
        _host.SetPassword("admin", chosen);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/bulletins")).StatusCode);
        await ProblemAssert.IsProblemAsync(
            await _host.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = oneTime }), HttpStatusCode.Unauthorized);
        Assert.Contains(
            AuditLogReader.ReadEntries(_host.AuditLogPath),
            entry => entry.Kind == AuditEntryKind.AdminChange && entry.Details["change"] == "change-password" && entry.Details["target"] == "user/admin");
    }

    [Fact]
    public async Task Cookie_requests_that_change_state_need_the_antiforgery_token_and_bearer_requests_do_not()
    {
        object bulletin = new
        {
            title = "Antiforgery check",
            body = "Body",
            label = new { policy = "CONCERT", classification = "UNCLASSIFIED", releasableToCommunities = new[] { "CONCERT" } },
        };
        using HttpClient cookie = await _host.SignInWithCookieAsync("gb.planner");
        string header = AntiforgeryHeader.Name;
        string token = cookie.DefaultRequestHeaders.GetValues(header).Single();
        cookie.DefaultRequestHeaders.Remove(header);
        await ProblemAssert.IsProblemAsync(await cookie.PostAsJsonAsync("/api/v1/bulletins", bulletin), HttpStatusCode.BadRequest);
        cookie.DefaultRequestHeaders.Add(header, "not-a-token");
        await ProblemAssert.IsProblemAsync(await cookie.PostAsJsonAsync("/api/v1/bulletins", bulletin), HttpStatusCode.BadRequest);
        cookie.DefaultRequestHeaders.Remove(header);
        cookie.DefaultRequestHeaders.Add(header, token);
        Assert.Equal(HttpStatusCode.Created, (await cookie.PostAsJsonAsync("/api/v1/bulletins", bulletin)).StatusCode);

        using HttpClient bearer = await _host.SignInWithTokenAsync("gb.planner");
        Assert.Equal(HttpStatusCode.Created, (await bearer.PostAsJsonAsync("/api/v1/bulletins", bulletin)).StatusCode);
    }

    [Fact]
    public async Task Logout_ends_the_cookie_session()
    {
        using HttpClient client = await _host.SignInWithCookieAsync("us.watch");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/v1/auth/logout", null)).StatusCode);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_in_is_rate_limited_per_address_with_a_429_problem()
    {
        await using ConcertTestHost host = await ConcertTestHost.StartAsync(ServeFixture.Start, exercise: false, signInPermitsPerMinute: 3);
        using HttpClient client = host.Anonymous();
        for (int attempt = 0; attempt < 3; attempt++)
        {
            await ProblemAssert.IsProblemAsync(
                await client.PostAsJsonAsync("/api/v1/auth/login", new { username = "admin", password = "wrong" }), HttpStatusCode.Unauthorized);
        }

        await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/auth/token", new { username = "admin", password = "wrong" }), HttpStatusCode.TooManyRequests);
    }
}
