using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Concert.Tests.Serve;

/// <summary>/me, /nations, /communities, /audit, the OpenAPI document and the offline API reference.</summary>
public sealed class ReferenceApiTests(ServeFixture fixture) : IClassFixture<ServeFixture>
{
    private readonly ConcertTestHost _host = fixture.Host;

    [Fact]
    public async Task Me_gives_the_nation_communities_through_nation_and_in_person_clearance_and_caveats()
    {
        using HttpClient client = await _host.SignInWithCookieAsync("id.liaison");
        JsonElement me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("IDN", me.GetProperty("nation").GetProperty("code").GetString());
        Assert.Equal("Indonesia", me.GetProperty("nation").GetProperty("name").GetString());
        Assert.Equal("CONFIDENTIAL", me.GetProperty("clearance").GetString());
        string[] communities = [.. me.GetProperty("communities").EnumerateArray()
            .Select(community => $"{community.GetProperty("identifier").GetString()}:{community.GetProperty("through").GetString()}")];
        Assert.Equal(["ASEAN:nation", "CONCERT:person"], communities);
        Assert.Equal(["analyst"], me.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
    }

    [Fact]
    public async Task Nations_is_the_ISO_table_and_communities_carry_dated_membership()
    {
        using HttpClient client = await _host.SignInWithTokenAsync("kr.analyst");
        JsonElement nations = await client.GetFromJsonAsync<JsonElement>("/api/v1/nations");
        Assert.Contains(nations.EnumerateArray(), nation => nation.GetProperty("code").GetString() == "KOR" && nation.GetProperty("name").GetString() == "South Korea");

        JsonElement communities = await client.GetFromJsonAsync<JsonElement>("/api/v1/communities");
        JsonElement nato = communities.EnumerateArray().Single(community => community.GetProperty("identifier").GetString() == "NATO");
        JsonElement sweden = nato.GetProperty("memberships").EnumerateArray().Single(period => period.GetProperty("nation").GetString() == "SWE");
        Assert.Equal("2024-03-07", sweden.GetProperty("from").GetString());
        Assert.Contains("SWE", nato.GetProperty("membersNow").EnumerateArray().Select(code => code.GetString()));
        JsonElement eu = communities.EnumerateArray().Single(community => community.GetProperty("identifier").GetString() == "EU");
        JsonElement britain = eu.GetProperty("memberships").EnumerateArray().Single(period => period.GetProperty("nation").GetString() == "GBR");
        Assert.Equal("2020-02-01", britain.GetProperty("until").GetString());
        Assert.DoesNotContain("GBR", eu.GetProperty("membersNow").EnumerateArray().Select(code => code.GetString()));
    }

    [Fact]
    public async Task The_audit_log_is_for_administrators_newest_first_in_pages()
    {
        using HttpClient analyst = await _host.SignInWithTokenAsync("au.analyst");
        await ProblemAssert.IsProblemAsync(await analyst.GetAsync("/api/v1/audit"), HttpStatusCode.Forbidden);

        var administrator = new Security.AccountSeed("audit.admin", "Auditor", Sharing.Trigraph.Parse("NZL"), Sharing.Classification.Secret, [Security.ConcertRoles.Administrator], [], []);
        await _host.CreateUserAsync(administrator);
        using HttpClient admin = await _host.SignInWithTokenAsync(administrator.UserName);
        JsonElement first = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit?limit=5");
        long[] sequences = [.. first.GetProperty("items").EnumerateArray().Select(entry => entry.GetProperty("sequence").GetInt64())];
        Assert.Equal(5, sequences.Length);
        Assert.Equal(sequences.OrderDescending(), sequences);
        long next = first.GetProperty("nextBefore").GetInt64();
        Assert.Equal(sequences[^1], next);
        JsonElement second = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?limit=5&before={next}");
        Assert.Equal(next - 1, second.GetProperty("items")[0].GetProperty("sequence").GetInt64());
        JsonElement signIn = first.GetProperty("items").EnumerateArray().First(entry => entry.GetProperty("kind").GetString() == "SignIn");
        Assert.Equal("audit.admin", signIn.GetProperty("user").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_and_the_reference_need_sign_in_and_the_reference_is_served_without_a_CDN()
    {
        using HttpClient anonymous = _host.Anonymous();
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/openapi/v1.json"), HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(await anonymous.GetAsync("/scalar/"), HttpStatusCode.Unauthorized);

        using HttpClient client = await _host.SignInWithCookieAsync("gb.planner");
        JsonElement document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/bulletins", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/bulletins/{id}", out _));

        string page = await client.GetStringAsync("/scalar/");
        Assert.DoesNotContain("cdn.", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("scalar.js", page, StringComparison.Ordinal);
        HttpResponseMessage script = await anonymous.GetAsync("/scalar/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }

    [Fact]
    public async Task An_unknown_API_path_is_a_404_problem_not_the_web_page()
    {
        using HttpClient client = await _host.SignInWithTokenAsync("kr.analyst");
        JsonElement problem = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound);
        Assert.Contains("/api/v1/no-such-thing", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
