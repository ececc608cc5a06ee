using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concert.Data.Pooling;
using Concert.Security;
using Concert.Sharing;
using Concert.Sharing.Audit;
using Microsoft.EntityFrameworkCore;

namespace Concert.Tests.Serve;

/// <summary>
/// The pooling API on the exercise's reference data: writes checked field by field, writes only for planners, plans made
/// only from the records released to the planner who asks, what-ifs re-planned from a stored plan, and cost shares.
/// </summary>
public sealed class PoolingApiTests(ServeFixture fixture) : IClassFixture<ServeFixture>
{
    private const string Planner = "gb.planner";
    private const string KoreanPlanner = "kr.planner";
    private readonly ConcertTestHost _host = fixture.Host;

    private static object ValidPledge(string code = "GBR-OPV-9") => new
    {
        code,
        nation = "GBR",
        assetType = "OffshorePatrolVessel",
        capabilities = new[] { "Presence", "Boarding" },
        count = 1,
        firstWeek = 1,
        lastWeek = 26,
        costPerDay = 45,
        homePort = "Singapore (Sembawang)",
        transitDays = new Dictionary<string, int> { ["SINGAPORE"] = 0, ["MALACCA"] = 1 },
        excludedAreas = Array.Empty<string>(),
        excludedTasks = Array.Empty<string>(),
        label = new { policy = "CONCERT", classification = "RESTRICTED", releasableToCommunities = new[] { "CONCERT" } },
    };

    private Task<int> PledgeCountAsync() => _host.WithDbAsync(db => db.PoolingPledges.CountAsync());

    private async Task EnsureKoreanPlannerAsync()
    {
        if (!await _host.WithDbAsync(db => db.Users.AnyAsync(user => user.UserName == KoreanPlanner)))
        {
            await _host.CreateUserAsync(new AccountSeed(KoreanPlanner, "Korean planner", Trigraph.Parse("KOR"), Classification.Secret, [ConcertRoles.Planner], [], []));
        }
    }

    private static async Task<JsonElement> PlanAsync(HttpClient client, string path = "/api/v1/pooling/plans", object? body = null)
    {
        HttpResponseMessage response = await client.PostAsJsonAsync(path, body ?? new { timeLimitSeconds = 3 });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task The_exercise_seeds_the_reference_dataset_with_one_pledge_held_back_to_the_Indo_Pacific_partners()
    {
        using HttpClient british = await _host.SignInWithTokenAsync(Planner);
        using HttpClient japanese = await _host.SignInWithTokenAsync("jp.watch");
        string[] BritishCodes(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("code").GetString()!)];
        string[] seenByBritain = BritishCodes(await british.GetFromJsonAsync<JsonElement>("/api/v1/pooling/pledges?limit=200"));
        string[] seenByJapan = BritishCodes(await japanese.GetFromJsonAsync<JsonElement>("/api/v1/pooling/pledges?limit=200"));
        Assert.DoesNotContain(PoolingReferenceSeed.IndoPacificPledgeCode, seenByBritain);
        Assert.Contains(PoolingReferenceSeed.IndoPacificPledgeCode, seenByJapan);
        Assert.Contains("JPN-DD-1", seenByBritain);
        JsonElement projects = await british.GetFromJsonAsync<JsonElement>("/api/v1/pooling/projects");
        JsonElement aden = projects.GetProperty("items").EnumerateArray().Single(project => project.GetProperty("code").GetString() == "ADEN");
        Assert.Equal("CONCERT RESTRICTED REL CONCERT", aden.GetProperty("label").GetProperty("marking").GetString());
        Assert.NotEqual(0, aden.GetProperty("requirements").GetArrayLength());
    }

    [Fact]
    public async Task A_bad_pledge_is_a_400_naming_each_field_audited_and_not_written()
    {
        using HttpClient client = await _host.SignInWithCookieAsync(Planner);
        int before = await PledgeCountAsync();
        long mark = AuditEntries.Last(_host);
        HttpResponseMessage response = await client.PostAsJsonAsync("/api/v1/pooling/pledges", new
        {
            code = "X-1",
            nation = "XXZ",
            assetType = "Battleship",
            capabilities = new[] { "Presence", "Teleport" },
            count = 1,
            firstWeek = 10,
            lastWeek = 3,
            costPerDay = 10,
            homePort = "Nowhere",
            transitDays = new Dictionary<string, int> { ["MALACCA"] = -2 },
            label = new { policy = "NATO", classification = "RESTRICTED", releasableToCommunities = new[] { "NATO" } },
        });
        JsonElement errors = (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        foreach (string field in new[] { "nation", "assetType", "capabilities", "lastWeek", "transitDays", "label.policy" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        Assert.Contains("Teleport", errors.GetProperty("capabilities")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("XXZ", errors.GetProperty("nation")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await PledgeCountAsync());
        AuditEntry refusal = Assert.Single(AuditEntries.After(_host, mark));
        Assert.Equal(AuditEntryKind.Deny, refusal.Kind);
        Assert.Equal("create pledge", refusal.Details["action"]);
    }

    [Fact]
    public async Task A_missing_field_is_a_400_from_the_annotations()
    {
        using HttpClient client = await _host.SignInWithTokenAsync(Planner);
        JsonElement problem = await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/pooling/pledges", new { nation = "GBR", count = 0 }), HttpStatusCode.BadRequest);
        JsonElement errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("code", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("count", out _), errors.ToString());
    }

    [Fact]
    public async Task Only_planners_write_pooling_records()
    {
        using HttpClient analyst = await _host.SignInWithTokenAsync("kr.analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/v1/pooling/pledges", ValidPledge())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/v1/pooling/plans", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/v1/pooling/plans")).StatusCode);
    }

    [Fact]
    public async Task A_cookie_write_without_the_antiforgery_token_is_refused()
    {
        using HttpClient client = await _host.SignInWithCookieAsync(Planner);
        client.DefaultRequestHeaders.Remove(AntiforgeryHeader.Name);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/v1/pooling/pledges", ValidPledge()), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_pledge_is_created_read_and_changed()
    {
        using HttpClient client = await _host.SignInWithCookieAsync(Planner);
        HttpResponseMessage created = await client.PostAsJsonAsync("/api/v1/pooling/pledges", ValidPledge("GBR-OPV-7"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        JsonElement pledge = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location);
        Assert.Equal(["Presence", "Boarding"], pledge.GetProperty("capabilities").EnumerateArray().Select(value => value.GetString()));
        Assert.Equal(1, pledge.GetProperty("transitDays").GetProperty("MALACCA").GetInt32());

        var changed = JsonSerializer.SerializeToElement(ValidPledge("GBR-OPV-7"));
        var body = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(changed)!;
        body["count"] = JsonSerializer.SerializeToElement(3);
        HttpResponseMessage updated = await client.PutAsJsonAsync(created.Headers.Location, body);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(3, (await client.GetFromJsonAsync<JsonElement>(created.Headers.Location)).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task A_project_requirement_outside_its_areas_is_a_400_naming_the_requirement()
    {
        using HttpClient client = await _host.SignInWithTokenAsync(Planner);
        JsonElement problem = await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/api/v1/pooling/projects", new
        {
            code = "LOMBOK",
            name = "Lombok Strait",
            areas = new[] { new { id = "LOMBOK", name = "Lombok Strait" } },
            requirements = new[]
            {
                new { id = "LOM-SURV", areaId = "BALI", kind = "Coverage", capability = "Surveillance", firstWeek = 1, lastWeek = 4, unitsPerWeek = 1, riskWeight = 11, groupTransitWeeks = Array.Empty<int>() },
            },
            maxWeeksOnStation = 8,
            restWeeks = 2,
            label = new { policy = "CONCERT", classification = "RESTRICTED", releasableToCommunities = new[] { "CONCERT" } },
        }), HttpStatusCode.BadRequest);
        JsonElement errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("requirements[0].areaId", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("requirements[0].riskWeight", out _), errors.ToString());
    }

    [Fact]
    public async Task A_plan_uses_only_pledges_released_to_the_planner_who_asks()
    {
        await EnsureKoreanPlannerAsync();
        // A very cheap, very capable pledge that only Korea may see: any plan that may use it will.
        var koreanOnly = new ConfidentialityLabel(
            "CONCERT", Classification.Restricted, PoolingReferenceSeed.LabelTime, NationSet.Of([Trigraph.Parse("KOR")]), [], []);
        StoredPledge hidden = await _host.WithDbAsync(db => PoolingStore.AddAsync(db, koreanOnly, new StoredPledge
        {
            Code = "KOR-UAV-HIDDEN", Nation = "KOR", AssetType = "Uav", Capabilities = 3, Count = 4, FirstWeek = 1, LastWeek = 26, CostPerDay = 1,
            HomePort = "Busan", TransitDaysJson = """{"MALACCA":1,"SINGAPORE":1,"SULU":1,"ADEN":1,"ECS":0}""", ExcludedAreasJson = "[]",
            Created = ServeFixture.Start, Updated = ServeFixture.Start, Author = "test",
        }, CancellationToken.None));

        using HttpClient british = await _host.SignInWithCookieAsync(Planner);
        using HttpClient korean = await _host.SignInWithTokenAsync(KoreanPlanner);
        long mark = AuditEntries.Last(_host);
        JsonElement britishPlan = await PlanAsync(british);

        // The records the planner was given are audited as released to the planner, one entry per label; the hidden one is not among them.
        string[] released = [.. AuditEntries.After(_host, mark)
            .Where(entry => entry.Kind == AuditEntryKind.Permit && entry.Details.ContainsKey("records"))
            .SelectMany(entry => entry.Details["records"].Split(' '))];
        Assert.Contains(released, reference => reference.StartsWith("pledge/", StringComparison.Ordinal));
        Assert.Contains(released, reference => reference.StartsWith("project/", StringComparison.Ordinal));
        Assert.DoesNotContain($"pledge/{hidden.Id}", released);
        JsonElement koreanPlan = await PlanAsync(korean);

        long[] UsedPledges(JsonElement plan) =>
            [.. plan.GetProperty("assignments").EnumerateArray().SelectMany(assignment => assignment.GetProperty("pledgeIds").EnumerateArray().Select(id => id.GetInt64()))];
        Assert.DoesNotContain(hidden.Id, UsedPledges(britishPlan));
        Assert.Contains(hidden.Id, UsedPledges(koreanPlan));
        long britishId = britishPlan.GetProperty("id").GetInt64();
        StoredPlan stored = await _host.WithDbAsync(db => db.PoolingPlans.SingleAsync(plan => plan.Id == britishId));
        Assert.DoesNotContain(hidden.Id, PoolingJson.Read<List<long>>(stored.PledgeIdsJson));

        // The Korean plan's label is the combination: releasable to Korea alone, so Britain may not read it.
        Assert.Equal(["KOR"], koreanPlan.GetProperty("label").GetProperty("releasableToNations").EnumerateArray().Select(value => value.GetString()));
        await ProblemAssert.IsProblemAsync(await british.GetAsync($"/api/v1/pooling/plans/{koreanPlan.GetProperty("id").GetInt64()}"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await british.GetAsync($"/api/v1/pooling/plans/{britishId}")).StatusCode);
    }

    [Fact]
    public async Task A_plan_reports_its_quality_and_a_what_if_withdrawal_is_planned_from_it()
    {
        using HttpClient client = await _host.SignInWithTokenAsync(Planner);
        JsonElement plan = await PlanAsync(client);
        Assert.Contains(plan.GetProperty("status").GetString(), new[] { "Optimal", "Feasible" });
        Assert.True(plan.GetProperty("bestBound").GetDouble() <= plan.GetProperty("objective").GetInt64() + 1e-6);
        Assert.Equal(
            plan.GetProperty("assetCost").GetInt64() + plan.GetProperty("shortfallPenalty").GetInt64(), plan.GetProperty("objective").GetInt64());
        Assert.NotEqual(0, plan.GetProperty("explanation").GetArrayLength());
        string used = plan.GetProperty("assignments")[0].GetProperty("nation").GetString()!;

        long id = plan.GetProperty("id").GetInt64();
        JsonElement whatIf = await PlanAsync(client, $"/api/v1/pooling/plans/{id}/what-if", new { withdrawNation = used, timeLimitSeconds = 3 });
        Assert.Equal(id, whatIf.GetProperty("basePlanId").GetInt64());
        Assert.Equal($"{used} withdraws", whatIf.GetProperty("whatIf").GetString());
        Assert.DoesNotContain(whatIf.GetProperty("assignments").EnumerateArray(), assignment => assignment.GetProperty("nation").GetString() == used);
        Assert.False(whatIf.GetProperty("costByNation").TryGetProperty(used, out _));

        JsonElement refused = await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync($"/api/v1/pooling/plans/{id}/what-if", new { withdrawNation = "JPN", addPledge = ValidPledge() }), HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("withdrawNation", out _));
        await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/pooling/plans/999999/what-if", new { withdrawNation = "JPN" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_what_if_pledge_is_planned_with_its_label_combined_into_the_plan()
    {
        using HttpClient client = await _host.SignInWithTokenAsync(Planner);
        long id = (await PlanAsync(client)).GetProperty("id").GetInt64();
        var offered = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.SerializeToElement(ValidPledge("GBR-OPV-WHATIF")))!;
        offered["costPerDay"] = JsonSerializer.SerializeToElement(1);
        offered["count"] = JsonSerializer.SerializeToElement(2);
        offered["label"] = JsonSerializer.SerializeToElement(new { policy = "CONCERT", classification = "CONFIDENTIAL", releasableToCommunities = new[] { "CONCERT" } });
        JsonElement whatIf = await PlanAsync(client, $"/api/v1/pooling/plans/{id}/what-if", new { addPledge = offered, timeLimitSeconds = 3 });
        Assert.Contains(whatIf.GetProperty("assignments").EnumerateArray(), assignment =>
            assignment.GetProperty("pledgeCodes").EnumerateArray().Any(code => code.GetString() == "GBR-OPV-WHATIF"));
        Assert.Equal("CONFIDENTIAL", whatIf.GetProperty("label").GetProperty("classification").GetString());
        Assert.Equal(0, await _host.WithDbAsync(db => db.PoolingPledges.CountAsync(pledge => pledge.Code == "GBR-OPV-WHATIF")));
    }

    [Fact]
    public async Task Cost_shares_compare_every_rule_and_each_adds_up_to_the_whole()
    {
        using HttpClient client = await _host.SignInWithTokenAsync(Planner);
        long id = (await PlanAsync(client)).GetProperty("id").GetInt64();
        JsonElement response = await client.GetFromJsonAsync<JsonElement>($"/api/v1/pooling/plans/{id}/cost-shares");
        JsonElement shares = response.GetProperty("shares");
        string[] nations = [.. shares.GetProperty("nations").EnumerateArray().Select(value => value.GetString()!)];
        Assert.Contains("USA", nations);
        double[] Column(string name) => [.. shares.GetProperty(name).EnumerateArray().Select(value => value.GetDouble())];
        foreach (string rule in new[] { "gniKey", "contribution", "shapley", "nucleolus", "savingsShapley", "savingsNucleolus" })
        {
            Assert.True(Math.Abs(Column(rule).Sum() - 1) < 1e-6, $"{rule} adds up to {Column(rule).Sum()}");
        }

        // The United States' GNI alone is more than half of the pool's: the cap holds it at 16.35 %.
        int usa = Array.IndexOf(nations, "USA");
        Assert.Equal(0.1635, Column("gniKey")[usa], 6);
        Assert.True(shares.GetProperty("gniCapped")[usa].GetBoolean());
        Assert.True(Math.Abs(Column("ledgerBalances").Sum()) < 1e-6);
        Assert.True(shares.GetProperty("shapleyIsExact").GetBoolean());

        // The savings game's shares are never negative; the one-second budget of the test host leaves coalitions
        // unproven, and the error bounds say so.
        Assert.All(Column("savingsShapley"), share => Assert.True(share >= -1e-9, $"savings share {share}"));
        Assert.Equal(nations.Length, Column("shapleyErrorBounds").Length);
        Assert.All(Column("shapleyErrorBounds"), bound => Assert.True(bound >= 0));
        Assert.True(shares.GetProperty("buyInCost").GetDouble() > shares.GetProperty("grandCoalitionCost").GetDouble());

        // Computed once, then read back as stored.
        JsonElement again = await client.GetFromJsonAsync<JsonElement>($"/api/v1/pooling/plans/{id}/cost-shares");
        Assert.Equal(shares.GetProperty("shapley").ToString(), again.GetProperty("shares").GetProperty("shapley").ToString());
    }

    [Fact]
    public async Task Records_that_contradict_each_other_are_a_422_naming_the_fault_until_corrected()
    {
        const string zealander = "nz.planner";
        await _host.CreateUserAsync(new AccountSeed(zealander, "New Zealand planner", Trigraph.Parse("NZL"), Classification.Secret, [ConcertRoles.Planner], [], []));
        using HttpClient client = await _host.SignInWithTokenAsync(zealander);
        object Project(string areaId) => new
        {
            code = "ADEN-NZ",
            name = "New Zealand's Aden patrol",
            areas = new[] { new { id = areaId, name = "Gulf of Aden" } },
            requirements = new[]
            {
                new { id = "ADEN-NZ-PRES", areaId, kind = "SurfacePresence", capability = "Presence", firstWeek = 1, lastWeek = 8, unitsPerWeek = 1, riskWeight = 4, groupTransitWeeks = Array.Empty<int>() },
            },
            maxWeeksOnStation = 8,
            restWeeks = 2,
            label = new { policy = "CONCERT", classification = "RESTRICTED", releasableToNations = new[] { "NZL" } },
        };

        // The Gulf of Aden already belongs to the framework's ADEN project: an area belongs to one project.
        HttpResponseMessage created = await client.PostAsJsonAsync("/api/v1/pooling/projects", Project("ADEN"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        JsonElement fault = await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/pooling/plans", new { timeLimitSeconds = 2 }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Area ADEN has requirements from projects ADEN and ADEN-NZ", fault.GetProperty("detail").GetString(), StringComparison.Ordinal);

        HttpResponseMessage corrected = await client.PutAsJsonAsync(created.Headers.Location, Project("ADEN-WEST"));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        JsonElement plan = await PlanAsync(client);
        Assert.Contains(plan.GetProperty("shortfalls").EnumerateArray().Select(shortfall => shortfall.GetProperty("areaId").GetString())
            .Concat(plan.GetProperty("assignments").EnumerateArray().Select(assignment => assignment.GetProperty("areaId").GetString())), area => area == "ADEN-WEST");
    }

    [Fact]
    public async Task Funds_are_recorded_and_listed_under_their_label()
    {
        using HttpClient client = await _host.SignInWithCookieAsync(Planner);
        HttpResponseMessage created = await client.PostAsJsonAsync("/api/v1/pooling/funds", new
        {
            nation = "GBR",
            projectCode = "MALACCA",
            amount = 2500,
            label = new { policy = "CONCERT", classification = "RESTRICTED", releasableToCommunities = new[] { "CONCERT" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        long id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        JsonElement page = await client.GetFromJsonAsync<JsonElement>("/api/v1/pooling/funds");
        JsonElement funds = page.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("id").GetInt64() == id);
        Assert.Equal(2500, funds.GetProperty("amount").GetInt64());
        Assert.Equal("CONCERT RESTRICTED REL CONCERT", funds.GetProperty("label").GetProperty("marking").GetString());
        JsonElement refused = await ProblemAssert.IsProblemAsync(
            await client.PostAsJsonAsync("/api/v1/pooling/funds", new { nation = "GB", projectCode = "MALACCA", amount = 1, label = new { policy = "CONCERT", classification = "RESTRICTED", releasableToNations = new[] { "GBR" } } }),
            HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("nation", out _));
    }
}
