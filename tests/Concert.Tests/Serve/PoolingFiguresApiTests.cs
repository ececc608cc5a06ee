using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concert.Security;
using Concert.Sharing;
using Concert.Sharing.Audit;
using Microsoft.EntityFrameworkCore;

namespace Concert.Tests.Serve;

/// <summary>
/// The editable parts of pooling beyond pledges: the nations' figures of the reference dataset (defence spending and
/// GNI with sources) and the GNI key they drive, funds pledges, and projects' budget caps, areas and outlines.
/// Writes are checked field by field; a record kept to Korea never reaches a British planner, nor a plan's cost shares
/// that a British planner may read.
/// </summary>
public sealed class PoolingFiguresApiTests(ServeFixture fixture) : IClassFixture<ServeFixture>
{
    private const string Planner = "gb.planner";
    private const string KoreanPlanner = "kr.figures";
    private readonly ConcertTestHost _host = fixture.Host;

    private static readonly object FrameworkLabel = new { policy = "CONCERT", classification = "RESTRICTED", releasableToCommunities = new[] { "CONCERT" } };

    private static readonly object KoreaOnlyLabel = new { policy = "CONCERT", classification = "RESTRICTED", releasableToNations = new[] { "KOR" } };

    private static object Figures(string nation, double gni, object label, string gniSource = "World Bank WDI, GNI Atlas method, 2024") => new
    {
        nation,
        defenceSpendingUsdBillions = 30.5,
        defenceSpendingSource = "SIPRI Military Expenditure Database, 2024",
        gniUsdBillions = gni,
        gniSource,
        label,
    };

    private async Task<HttpClient> KoreanPlannerAsync()
    {
        if (!await _host.WithDbAsync(db => db.Users.AnyAsync(user => user.UserName == KoreanPlanner)))
        {
            await _host.CreateUserAsync(new AccountSeed(KoreanPlanner, "Korean planner", Trigraph.Parse("KOR"), Classification.Secret, [ConcertRoles.Planner], [], []));
        }

        return await _host.SignInWithTokenAsync(KoreanPlanner);
    }

    private static async Task<JsonElement[]> ItemsAsync(HttpClient client, string path) =>
        [.. (await client.GetFromJsonAsync<JsonElement>(path + "?limit=200")).GetProperty("items").EnumerateArray()];

    private static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task The_exercise_seeds_the_framework_nations_figures_with_their_sources()
    {
        using HttpClient client = await _host.SignInWithTokenAsync("kr.analyst");
        JsonElement[] nations = await ItemsAsync(client, "/api/v1/pooling/nations");
        JsonElement japan = nations.Single(item => item.GetProperty("nation").GetString() == "JPN");
        // ReferenceDataset.json: SIPRI 2023 and World Bank 2023, rounded.
        Assert.Equal(50.2, japan.GetProperty("defenceSpendingUsdBillions").GetDouble());
        Assert.Equal(4900, japan.GetProperty("gniUsdBillions").GetDouble());
        Assert.StartsWith("SIPRI", japan.GetProperty("defenceSpendingSource").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("World Bank", japan.GetProperty("gniSource").GetString(), StringComparison.Ordinal);
        Assert.Equal("CONCERT RESTRICTED REL CONCERT", japan.GetProperty("label").GetProperty("marking").GetString());
        string[] framework = ["AUS", "FRA", "JPN", "KOR", "MYS", "NZL", "SGP", "USA"];
        Assert.All(framework, code => Assert.Contains(nations, item => item.GetProperty("nation").GetString() == code));
    }

    [Fact]
    public async Task A_nations_figures_are_created_read_and_corrected()
    {
        using HttpClient client = await _host.SignInWithCookieAsync(Planner);
        JsonElement created = await CreatedAsync(await client.PostAsJsonAsync("/api/v1/pooling/nations", Figures("GBR", 3300, FrameworkLabel)));
        long id = created.GetProperty("id").GetInt64();
        Assert.Equal("GBR", created.GetProperty("nation").GetString());
        Assert.Equal(Planner, created.GetProperty("author").GetString());

        HttpResponseMessage changed = await client.PutAsJsonAsync($"/api/v1/pooling/nations/{id}", Figures("GBR", 3350.5, FrameworkLabel, "World Bank WDI, 2024 revision"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        JsonElement read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/pooling/nations/{id}");
        Assert.Equal(3350.5, read.GetProperty("gniUsdBillions").GetDouble());
        Assert.Equal("World Bank WDI, 2024 revision", read.GetProperty("gniSource").GetString());
        Assert.Equal(created.GetProperty("created").GetString(), read.GetProperty("created").GetString());
    }

    [Fact]
    public async Task Bad_figures_are_a_400_naming_each_field_audited_and_not_written()
    {
        using HttpClient client = await _host.SignInWithCookieAsync(Planner);
        int before = await _host.WithDbAsync(db => db.PoolingNations.CountAsync());
        long mark = AuditEntries.Last(_host);
        JsonElement errors = (await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/pooling/nations", new
            {
                nation = "XXZ", defenceSpendingUsdBillions = 10, defenceSpendingSource = "SIPRI", gniUsdBillions = 100, gniSource = "World Bank",
                label = new { policy = "NATO", classification = "RESTRICTED", releasableToCommunities = new[] { "NATO" } },
            }),
            HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("XXZ", errors.GetProperty("nation")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("label.policy", out _), errors.ToString());
        Assert.Equal(before, await _host.WithDbAsync(db => db.PoolingNations.CountAsync()));
        AuditEntry refusal = Assert.Single(AuditEntries.After(_host, mark));
        Assert.Equal(AuditEntryKind.Deny, refusal.Kind);
        Assert.Equal("create nation's figures", refusal.Details["action"]);

        // Ranges and presence come from the request's annotations, named by field as the JSON spells them.
        JsonElement missing = (await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/pooling/nations", new { nation = "GBR", defenceSpendingUsdBillions = -1, defenceSpendingSource = "  ", gniUsdBillions = 0 }),
            HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("Name the source of the defence spending figure.", missing.GetProperty("defenceSpendingSource")[0].GetString());
        Assert.Equal("Defence spending is 0 to 100,000 billion US$.", missing.GetProperty("defenceSpendingUsdBillions")[0].GetString());
        Assert.Equal("GNI is more than 0 and at most 1,000,000 billion US$.", missing.GetProperty("gniUsdBillions")[0].GetString());
        Assert.Equal("Name the source of the GNI figure.", missing.GetProperty("gniSource")[0].GetString());
    }

    [Fact]
    public async Task Only_planners_write_figures_and_funds()
    {
        using HttpClient analyst = await _host.SignInWithTokenAsync("kr.analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/v1/pooling/nations", Figures("KOR", 1800, FrameworkLabel))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PutAsJsonAsync("/api/v1/pooling/funds/1", new { nation = "KOR", projectCode = "ADEN", amount = 5, label = FrameworkLabel })).StatusCode);
    }

    [Fact]
    public async Task Figures_and_funds_kept_to_Korea_never_reach_a_British_planner()
    {
        using HttpClient korean = await KoreanPlannerAsync();
        using HttpClient british = await _host.SignInWithTokenAsync(Planner);
        long figuresId = (await CreatedAsync(await korean.PostAsJsonAsync("/api/v1/pooling/nations", Figures("KOR", 1850, KoreaOnlyLabel)))).GetProperty("id").GetInt64();
        long fundsId = (await CreatedAsync(await korean.PostAsJsonAsync("/api/v1/pooling/funds", new { nation = "KOR", projectCode = "ECS", amount = 777, label = KoreaOnlyLabel })))
            .GetProperty("id").GetInt64();

        Assert.Contains(figuresId, (await ItemsAsync(korean, "/api/v1/pooling/nations")).Select(item => item.GetProperty("id").GetInt64()));
        Assert.DoesNotContain(figuresId, (await ItemsAsync(british, "/api/v1/pooling/nations")).Select(item => item.GetProperty("id").GetInt64()));
        Assert.DoesNotContain(fundsId, (await ItemsAsync(british, "/api/v1/pooling/funds")).Select(item => item.GetProperty("id").GetInt64()));
        await ProblemAssert.IsProblemAsync(await british.GetAsync($"/api/v1/pooling/nations/{figuresId}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await british.GetAsync($"/api/v1/pooling/funds/{fundsId}"), HttpStatusCode.NotFound);

        // Nor may the British planner change them: the same 404 as a record that does not exist.
        await ProblemAssert.IsProblemAsync(
            await british.PutAsJsonAsync($"/api/v1/pooling/nations/{figuresId}", Figures("KOR", 1, FrameworkLabel)), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(
            await british.PutAsJsonAsync($"/api/v1/pooling/funds/{fundsId}", new { nation = "KOR", projectCode = "ECS", amount = 1, label = FrameworkLabel }), HttpStatusCode.NotFound);
        Assert.Equal(1850, (await korean.GetFromJsonAsync<JsonElement>($"/api/v1/pooling/nations/{figuresId}")).GetProperty("gniUsdBillions").GetDouble());
    }

    [Fact]
    public async Task The_GNI_key_uses_the_stored_figures_every_reader_of_the_plan_may_read()
    {
        using HttpClient british = await _host.SignInWithCookieAsync(Planner);
        using HttpClient korean = await KoreanPlannerAsync();
        JsonElement australia = (await ItemsAsync(british, "/api/v1/pooling/nations"))
            .Single(item => item.GetProperty("nation").GetString() == "AUS" && item.GetProperty("author").GetString() == "secretariat");
        // A GNI of 1 bn US$ against hundreds or thousands for every other pledging nation: a share near nothing.
        HttpResponseMessage corrected = await british.PutAsJsonAsync(
            $"/api/v1/pooling/nations/{australia.GetProperty("id").GetInt64()}", Figures("AUS", 1, FrameworkLabel, "Exercise correction"));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        // A newer Australian figure that only Korea may read must not reach a plan's readers through the key.
        await CreatedAsync(await korean.PostAsJsonAsync("/api/v1/pooling/nations", Figures("AUS", 900_000, KoreaOnlyLabel)));

        foreach (HttpClient planner in new[] { british, korean })
        {
            HttpResponseMessage planned = await planner.PostAsJsonAsync("/api/v1/pooling/plans", new { timeLimitSeconds = 3 });
            long planId = (await CreatedAsync(planned)).GetProperty("id").GetInt64();
            JsonElement shares = (await planner.GetFromJsonAsync<JsonElement>($"/api/v1/pooling/plans/{planId}/cost-shares")).GetProperty("shares");
            string[] nations = [.. shares.GetProperty("nations").EnumerateArray().Select(value => value.GetString()!)];
            double australianShare = shares.GetProperty("gniKey")[Array.IndexOf(nations, "AUS")].GetDouble();
            Assert.InRange(australianShare, 1e-9, 1e-3);
            string notes = string.Join(" | ", shares.GetProperty("notes").EnumerateArray().Select(note => note.GetString()));
            Assert.Contains("AUS 1 bn US$ (Exercise correction)", notes, StringComparison.Ordinal);
            Assert.DoesNotContain("900000", notes, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Funds_are_corrected_and_a_bad_correction_names_its_fields()
    {
        using HttpClient client = await _host.SignInWithCookieAsync(Planner);
        JsonElement created = await CreatedAsync(await client.PostAsJsonAsync("/api/v1/pooling/funds", new { nation = "GBR", projectCode = "SULU", amount = 1200, label = FrameworkLabel }));
        long id = created.GetProperty("id").GetInt64();
        HttpResponseMessage changed = await client.PutAsJsonAsync($"/api/v1/pooling/funds/{id}", new { nation = "GBR", projectCode = "MALACCA", amount = 1500, label = FrameworkLabel });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        JsonElement read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/pooling/funds/{id}");
        Assert.Equal(1500, read.GetProperty("amount").GetInt64());
        Assert.Equal("MALACCA", read.GetProperty("projectCode").GetString());

        JsonElement errors = (await ProblemAssert.IsProblemAsync(
            await client.PutAsJsonAsync($"/api/v1/pooling/funds/{id}", new { nation = "BRITAIN", projectCode = "SULU", amount = 10, label = FrameworkLabel }),
            HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("BRITAIN", errors.GetProperty("nation")[0].GetString(), StringComparison.Ordinal);
        JsonElement blank = (await ProblemAssert.IsProblemAsync(
            await client.PutAsJsonAsync($"/api/v1/pooling/funds/{id}", new { nation = "GBR", projectCode = "  ", amount = -1, label = FrameworkLabel }),
            HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("Name the project the money is for by its code.", blank.GetProperty("projectCode")[0].GetString());
        Assert.True(blank.TryGetProperty("amount", out _), blank.ToString());
        Assert.Equal(1500, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/pooling/funds/{id}")).GetProperty("amount").GetInt64());
        await ProblemAssert.IsProblemAsync(
            await client.PutAsJsonAsync("/api/v1/pooling/funds/999999", new { nation = "GBR", projectCode = "SULU", amount = 1, label = FrameworkLabel }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_exercise_projects_carry_their_area_outlines()
    {
        using HttpClient client = await _host.SignInWithTokenAsync(Planner);
        JsonElement[] projects = await ItemsAsync(client, "/api/v1/pooling/projects");
        JsonElement[] areas = [.. projects.Where(project => project.GetProperty("author").GetString() == "secretariat").SelectMany(project => project.GetProperty("areas").EnumerateArray())];
        Assert.Equal(["ADEN", "ECS", "MALACCA", "SINGAPORE", "SULU"], areas.Select(area => area.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        JsonElement singapore = areas.Single(area => area.GetProperty("id").GetString() == "SINGAPORE");
        double[][] outline = [.. singapore.GetProperty("boundary").EnumerateArray().Select(point => point.EnumerateArray().Select(value => value.GetDouble()).ToArray())];
        Assert.Equal(4, outline.Length);
        // Around Singapore: 1.1–1.45° N, 103.4–104.5° E.
        Assert.All(outline, point => Assert.True(point[0] is >= 103.4 and <= 104.5 && point[1] is >= 1.1 and <= 1.45, string.Join(",", point)));
    }

    [Fact]
    public async Task A_project_gets_areas_with_outlines_and_budget_caps_and_a_planner_changes_a_cap()
    {
        using HttpClient client = await _host.SignInWithCookieAsync(Planner);
        object Project(Dictionary<string, long> caps, double[][] outline) => new
        {
            code = "ANDAMAN",
            name = "Andaman Sea surveillance",
            areas = new object[]
            {
                new { id = "ANDAMAN-N", name = "Northern Andaman Sea", boundary = outline },
                new { id = "ANDAMAN-S", name = "Southern Andaman Sea" },
            },
            requirements = new[]
            {
                new { id = "AND-N-SURV", areaId = "ANDAMAN-N", kind = "Coverage", capability = "Surveillance", firstWeek = 1, lastWeek = 12, unitsPerWeek = 1, riskWeight = 6, groupTransitWeeks = Array.Empty<int>() },
                new { id = "AND-S-ESC", areaId = "ANDAMAN-S", kind = "GroupTransitEscort", capability = "Escort", firstWeek = 1, lastWeek = 12, unitsPerWeek = 2, riskWeight = 8, groupTransitWeeks = new[] { 3, 9 } },
            },
            maxWeeksOnStation = 6,
            restWeeks = 2,
            budgetCaps = caps,
            label = FrameworkLabel,
        };
        double[][] box = [[94.0, 12.0], [98.0, 12.0], [98.0, 9.0], [94.0, 9.0]];
        JsonElement created = await CreatedAsync(await client.PostAsJsonAsync("/api/v1/pooling/projects", Project(new() { ["GBR"] = 5000, ["JPN"] = 8000 }, box)));
        long id = created.GetProperty("id").GetInt64();
        Assert.Equal(2, created.GetProperty("areas").GetArrayLength());
        Assert.Equal(2, created.GetProperty("requirements").GetArrayLength());
        Assert.Equal(4, created.GetProperty("areas")[0].GetProperty("boundary").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("areas")[1].GetProperty("boundary").ValueKind);

        HttpResponseMessage changed = await client.PutAsJsonAsync($"/api/v1/pooling/projects/{id}", Project(new() { ["GBR"] = 3500, ["JPN"] = 8000 }, box));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        JsonElement caps = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/pooling/projects/{id}")).GetProperty("budgetCaps");
        Assert.Equal(3500, caps.GetProperty("GBR").GetInt64());
        Assert.Equal(8000, caps.GetProperty("JPN").GetInt64());

        JsonElement errors = (await ProblemAssert.IsProblemAsync(
            await client.PutAsJsonAsync($"/api/v1/pooling/projects/{id}", Project(new() { ["GBR"] = -5, ["UK"] = 10 }, [[94.0, 12.0], [200.0, 12.0], [98.0, 9.0]])),
            HttpStatusCode.BadRequest)).GetProperty("errors");
        string[] capMessages = [.. errors.GetProperty("budgetCaps").EnumerateArray().Select(message => message.GetString()!)];
        Assert.Contains(capMessages, message => message.StartsWith("'GBR'", StringComparison.Ordinal));
        Assert.Contains(capMessages, message => message.StartsWith("'UK'", StringComparison.Ordinal));
        Assert.Equal("Point 2 of the outline is not a [longitude, latitude] pair within ±180° and ±90°.", errors.GetProperty("areas[0].boundary")[0].GetString());
        JsonElement tooFew = (await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/pooling/projects", Project([], [[94.0, 12.0], [98.0, 12.0]])), HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("An outline has 3 to 200 points; this one has 2.", tooFew.GetProperty("areas[0].boundary")[0].GetString());
        Assert.Equal(3500, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/pooling/projects/{id}")).GetProperty("budgetCaps").GetProperty("GBR").GetInt64());
    }
}
