using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concert.Maritime.Archive;
using Concert.Maritime.Picture;
using Microsoft.Extensions.DependencyInjection;

namespace Concert.Tests.Serve;

/// <summary>
/// <c>serve --exercise</c> with traffic: the simulator's lines reach the live picture and, through the UDP ingest feed,
/// the archive in the data folder; framework members see every vessel, the Indonesian liaison not the SECRET patrol
/// vessels, the Chinese observer none.
/// </summary>
public sealed class ExerciseTrafficTests
{
    [Fact]
    public async Task Exercise_traffic_reaches_the_picture_and_the_archive_and_is_released_by_its_label()
    {
        await using ConcertTestHost host = await ConcertTestHost.StartAsync(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), exerciseVessels: 200);
        MaritimePicture picture = host.Services.GetRequiredService<MaritimePicture>();
        PositionArchive archive = host.Services.GetRequiredService<PositionArchive>();
        // Until most of the 200 stations have reported: stopping at the first vessel left the test at the mercy of which
        // stations the first batch happened to carry (only patrol vessels, released to no liaison, once under load).
        for (int second = 0; second < 600 && (picture.Count < 100 || archive.CountPositions() == 0); second++)
        {
            // The simulator and the ingest pipeline run on the host's fake clock: move it on and let them work.
            host.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        Assert.True(picture.Count > 0, "no vessel reached the picture");
        Assert.True(archive.CountPositions() > 0, "no position reached the archive");
        Assert.True(File.Exists(Path.Combine(host.DataDirectory, "maritime.duckdb")));

        using HttpClient japanese = await host.SignInWithTokenAsync("jp.watch");
        using HttpClient indonesian = await host.SignInWithTokenAsync("id.liaison");
        using HttpClient chinese = await host.SignInWithTokenAsync("cn.observer");
        const string world = "/api/v1/maritime/viewport?west=-180&south=-90&east=180&north=90";
        (JsonElement Vessel, JsonElement Label)[] seenByJapan = await VesselsAsync(japanese, world);
        (JsonElement Vessel, JsonElement Label)[] seenByIndonesia = await VesselsAsync(indonesian, world);
        Assert.Contains(seenByJapan, seen => seen.Label.GetProperty("classification").GetString() == "SECRET");
        Assert.NotEmpty(seenByIndonesia);
        Assert.All(seenByIndonesia, seen => Assert.Equal("RESTRICTED", seen.Label.GetProperty("classification").GetString()));
        Assert.True(seenByIndonesia.Length < seenByJapan.Length);
        Assert.Empty(await VesselsAsync(chinese, world));
    }

    private static async Task<(JsonElement Vessel, JsonElement Label)[]> VesselsAsync(HttpClient client, string path)
    {
        HttpResponseMessage response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ListedVessels.Resolve(await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
