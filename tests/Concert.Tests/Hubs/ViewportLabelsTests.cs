using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Concert.Sharing;
using Concert.Tests.Serve;
using Xunit.Abstractions;

namespace Concert.Tests.Hubs;

/// <summary>
/// The REST viewport sends each distinct label once: a large viewport under one label answers one label entry, and
/// its size is compared with the same answer carrying the full label in every vessel, as it did before.
/// </summary>
public sealed class ViewportLabelsTests(LiveHubFixture fixture, ITestOutputHelper output) : IClassFixture<LiveHubFixture>
{
    private const int Fleet = 20_000;

    [Fact]
    public async Task Twenty_thousand_vessels_under_one_label_carry_that_label_once()
    {
        // A 100 × 200 grid in its own box (0.01° apart): no other test of this fixture looks there.
        for (uint index = 0; index < Fleet; index++)
        {
            fixture.Report(201_000_000 + index, -40 + (index / 200 * 0.01), 60 + (index % 200 * 0.01));
        }

        using HttpClient client = await fixture.Host.SignInWithTokenAsync("jp.watch");
        HttpResponseMessage response = await client.GetAsync("/api/v1/maritime/viewport?west=59.5&south=-40.5&east=62.5&north=-38.5");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        byte[] body = await response.Content.ReadAsByteArrayAsync();

        JsonObject list = JsonNode.Parse(body)!.AsObject();
        JsonArray labels = list["labels"]!.AsArray();
        JsonArray vessels = list["vessels"]!.AsArray();
        Assert.Equal(Fleet, vessels.Count);
        JsonNode label = Assert.Single(labels)!;
        Assert.Equal(LiveHubFixture.JapanOnly.ToString(), label["marking"]!.GetValue<string>());
        Assert.All(vessels, vessel => Assert.Equal(0, vessel!["labelIndex"]!.GetValue<int>()));

        // The same vessels each carrying the full label, the shape every vessel of the viewport had before.
        var everyVesselLabelled = new JsonArray([.. vessels.Select(vessel =>
        {
            JsonObject full = vessel!.DeepClone().AsObject();
            full.Remove("labelIndex");
            full["label"] = label.DeepClone();
            return (JsonNode?)full;
        })]);
        int before = System.Text.Encoding.UTF8.GetByteCount(everyVesselLabelled.ToJsonString());
        output.WriteLine($"{Fleet} vessels, one label: {body.Length:N0} bytes with the label once, {before:N0} bytes with a label per vessel.");
        Assert.True(body.Length * 2 < before, $"{body.Length} bytes is not less than half of {before}");
    }

    [Fact]
    public async Task A_viewport_sends_one_entry_per_distinct_label_and_each_vessel_names_its_own()
    {
        DateTimeOffset created = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var toJapanAndKorea = new ConfidentialityLabel("CONCERT", Classification.Confidential, created, NationSet.Of(Trigraph.Parse("JPN"), Trigraph.Parse("KOR")));
        // Equal to JapanOnly but another instance: labels are told apart by value, not by reference.
        var japanOnlyAgain = new ConfidentialityLabel("CONCERT", Classification.Restricted, created, NationSet.Of(Trigraph.Parse("JPN")));
        ConfidentialityLabel[] labelOf = [toJapanAndKorea, LiveHubFixture.JapanOnly, japanOnlyAgain, toJapanAndKorea, LiveHubFixture.JapanOnly];
        for (uint index = 0; index < labelOf.Length; index++)
        {
            fixture.Report(202_000_000 + index, 50 + index * 0.1, -30, labelOf[index]);
        }

        using HttpClient client = await fixture.Host.SignInWithTokenAsync("jp.watch");
        HttpResponseMessage response = await client.GetAsync("/api/v1/maritime/viewport?west=-31&south=49&east=-29&north=51");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement list = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(2, list.GetProperty("labels").GetArrayLength());
        SortedDictionary<uint, string> expected = new(Enumerable.Range(0, labelOf.Length).ToDictionary(index => 202_000_000 + (uint)index, index => labelOf[index].ToString()));
        Assert.Equal(expected, ListedVessels.Markings(list));
    }
}
