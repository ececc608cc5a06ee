using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concert.Security;
using Concert.Sharing;

namespace Concert.Tests.Serve;

/// <summary>
/// The maritime API for every matrix user: viewport (live and archived), vessel, track, search and export return
/// exactly the vessels an independent decider releases; bad input answers RFC 9457 problems; exports are audited.
/// </summary>
public sealed class MaritimeApiTests(MaritimeLeakMatrixFixture fixture) : IClassFixture<MaritimeLeakMatrixFixture>
{
    private const string World = "west=-180&south=-90&east=180&north=90";

    public static TheoryData<string> Users() => [.. LeakMatrix.Users.Select(user => user.UserName)];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Each_user_sees_exactly_the_vessels_the_decider_permits(string userName)
    {
        AccountSeed user = LeakMatrix.Users.Single(seed => seed.UserName == userName);
        SortedSet<uint> live = fixture.Expected(user, fixture.Live);
        SortedSet<uint> archived = fixture.Expected(user, fixture.Archived);
        using HttpClient client = await fixture.Host.SignInWithTokenAsync(userName);

        // The viewport sends each label once; each vessel's label is its own, and no label of a withheld vessel is sent.
        Assert.Equal(Markings(fixture.Live, live), await ViewportMarkingsAsync(client, $"/api/v1/maritime/viewport?{World}"));
        string past = Uri.EscapeDataString(fixture.PastTime.ToString("O", CultureInfo.InvariantCulture));
        Assert.Equal(Markings(fixture.Archived, archived), await ViewportMarkingsAsync(client, $"/api/v1/maritime/viewport?{World}&at={past}"));

        string csv = await client.GetStringAsync($"/api/v1/maritime/export?format=csv&{World}");
        Assert.Equal(live, new SortedSet<uint>(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(row => uint.Parse(row.Split(',')[0], CultureInfo.InvariantCulture))));
        JsonElement geoJson = await client.GetFromJsonAsync<JsonElement>($"/api/v1/maritime/export?format=geojson&{World}");
        Assert.Equal(live, new SortedSet<uint>(geoJson.GetProperty("features").EnumerateArray().Select(feature => feature.GetProperty("properties").GetProperty("mmsi").GetUInt32())));
        System.Xml.Linq.XNamespace kml = "http://www.opengis.net/kml/2.2";
        System.Xml.Linq.XDocument kmlFile = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync($"/api/v1/maritime/export?format=kml&{World}"));
        Assert.Equal(live, new SortedSet<uint>(kmlFile.Descendants(kml + "Placemark").Select(placemark => uint.Parse(
            placemark.Element(kml + "ExtendedData")!.Elements(kml + "Data").Single(data => (string?)data.Attribute("name") == "mmsi").Value, CultureInfo.InvariantCulture))));

        foreach (uint mmsi in fixture.Live.Keys)
        {
            HttpResponseMessage vessel = await client.GetAsync($"/api/v1/maritime/vessels/{mmsi}");
            Assert.True((vessel.StatusCode == HttpStatusCode.OK) == live.Contains(mmsi), $"{userName} read vessel {mmsi}: {vessel.StatusCode}");
            HttpResponseMessage search = await client.GetAsync($"/api/v1/maritime/search?q={mmsi}");
            Assert.Equal(live.Contains(mmsi) ? [mmsi] : [], await MmsisAsync(search));
        }

        foreach (uint mmsi in fixture.Archived.Keys)
        {
            HttpResponseMessage track = await client.GetAsync($"/api/v1/maritime/vessels/{mmsi}/track");
            Assert.True((track.StatusCode == HttpStatusCode.OK) == archived.Contains(mmsi), $"{userName} read track {mmsi}: {track.StatusCode}");
        }
    }

    [Fact]
    public void The_maritime_matrix_is_not_trivial()
    {
        Assert.NotEmpty(fixture.Live);
        Assert.NotEmpty(fixture.Archived);
        foreach (AccountSeed user in LeakMatrix.Users.Where(user => user.UserName != "gb.uncleared"))
        {
            Assert.InRange(fixture.Expected(user, fixture.Live).Count, 0, fixture.Live.Count - 1);
        }

        Assert.Contains(LeakMatrix.Users, user => fixture.Expected(user, fixture.Live).Count > 0);
        Assert.Contains(LeakMatrix.Users, user => fixture.Expected(user, fixture.Live).Count < fixture.Expected(LeakMatrix.Users[0], fixture.Live).Count);
    }

    [Theory]
    [InlineData("/api/v1/maritime/viewport?west=100&south=10&east=110&north=0", "south")]
    [InlineData("/api/v1/maritime/viewport?west=100&south=0&east=110", "north")]
    [InlineData("/api/v1/maritime/viewport?west=190&south=0&east=110&north=10", "west")]
    [InlineData("/api/v1/maritime/viewport?west=100&south=0&east=110&north=10&at=2099-01-01T00:00:00Z", "at")]
    [InlineData("/api/v1/maritime/export?format=shp&west=100&south=0&east=110&north=10", "format")]
    [InlineData("/api/v1/maritime/search?q=a", "q")]
    [InlineData("/api/v1/maritime/vessels/1/track?from=2025-11-15T00:00:00Z&to=2025-11-14T00:00:00Z", "from")]
    public async Task Bad_input_is_a_validation_problem(string path, string field)
    {
        using HttpClient client = await fixture.Host.SignInWithTokenAsync("jp.watch");
        JsonElement problem = await ProblemAssert.IsProblemAsync(await client.GetAsync(path), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("/api/v1/maritime/vessels/0", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/maritime/vessels/1000000000", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/maritime/vessels/123456789", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/maritime/vessels/123456789/track", HttpStatusCode.NotFound)]
    public async Task Unknown_or_malformed_mmsi_is_a_problem(string path, HttpStatusCode status)
    {
        using HttpClient client = await fixture.Host.SignInWithTokenAsync("gb.planner");
        await ProblemAssert.IsProblemAsync(await client.GetAsync(path), status);
    }

    [Fact]
    public async Task Every_endpoint_requires_sign_in()
    {
        using HttpClient anonymous = fixture.Host.Anonymous();
        foreach (string path in new[] { $"/api/v1/maritime/viewport?{World}", "/api/v1/maritime/vessels/1", "/api/v1/maritime/vessels/1/track", "/api/v1/maritime/search?q=ab", $"/api/v1/maritime/export?format=csv&{World}" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task An_export_is_audited_per_label_with_every_vessel()
    {
        using HttpClient client = await fixture.Host.SignInWithTokenAsync("au.analyst");
        (await client.GetAsync($"/api/v1/maritime/export?format=geojson&{World}")).EnsureSuccessStatusCode();
        string[] exports = [.. (await File.ReadAllLinesAsync(fixture.Host.AuditLogPath))
            .Where(line => line.Contains("\"export\"", StringComparison.Ordinal) && line.Contains("au.analyst", StringComparison.Ordinal))];
        Assert.NotEmpty(exports);
        foreach (uint mmsi in fixture.Expected(LeakMatrix.Users.Single(user => user.UserName == "au.analyst"), fixture.Live))
        {
            Assert.Contains(exports, line => line.Contains($"vessel/{mmsi}", StringComparison.Ordinal));
        }
    }

    private static SortedDictionary<uint, string> Markings(Dictionary<uint, ConfidentialityLabel> labels, SortedSet<uint> released) =>
        new(released.ToDictionary(mmsi => mmsi, mmsi => labels[mmsi].ToString()));

    private static async Task<SortedDictionary<uint, string>> ViewportMarkingsAsync(HttpClient client, string path)
    {
        HttpResponseMessage response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ListedVessels.Markings(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static async Task<SortedSet<uint>> MmsisAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement vessels = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. vessels.EnumerateArray().Select(vessel => vessel.GetProperty("mmsi").GetUInt32())];
    }
}
