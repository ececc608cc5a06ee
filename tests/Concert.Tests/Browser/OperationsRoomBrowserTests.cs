using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Concert.Tests.Browser.Pages;
using Concert.Tests.Serve;
using Microsoft.Playwright;

namespace Concert.Tests.Browser;

/// <summary>
/// The operations room in Chromium against a host running the exercise traffic: the map draws the vessels released
/// to the user, a vessel found by search opens its details and is clicked again on the map, its track replays on
/// the timeline at the times the archive holds, and the whole picture moves to a past time and back.
/// </summary>
public sealed class OperationsRoomBrowserTests(TrafficBrowserSession session) : IClassFixture<TrafficBrowserSession>
{
    /// <summary>Where the tests leave screenshots of what they saw (the README's map picture comes from here).</summary>
    private static readonly string ScreenshotDirectory = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [ChromiumFact]
    public async Task Watch_officer_sees_the_exercise_vessels_opens_one_and_scrubs_its_track()
    {
        (uint mmsi, string name, string flag, JsonElement[] track) = await NamedVesselWithTrackAsync();
        int released = (await WorldViewportAsync()).Length;

        IPage page = await session.NewPageAsync();
        SignInPage signIn = await SignInPage.OpenAsync(page);
        ShellPage shell = await signIn.SignInAsync("jp.watch", session.Server.PasswordOf("jp.watch"));

        // The map is the home view and draws every vessel Japan may see: the opening view holds the whole exercise
        // area, so the counter matches the host's answer for the whole world.
        await Assertions.Expect(shell.Heading).ToHaveTextAsync("Operations room");
        OperationsRoomPage room = await OperationsRoomPage.WaitAsync(page);
        await Assertions.Expect(room.VesselCount).ToHaveTextAsync($"{released.ToString("N0", CultureInfo.InvariantCulture)} vessels in view");
        await Assertions.Expect(shell.Banner).ToHaveTextAsync("SECRET");
        await page.WaitForTimeoutAsync(1000);
        Directory.CreateDirectory(ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "operations-room-map.png") });

        // Found by its MMSI, the vessel opens in the details panel and the map flies to it.
        await room.FindAndChooseAsync(mmsi);
        await Assertions.Expect(room.DetailsMmsi).ToHaveTextAsync(mmsi.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(room.Details).ToContainTextAsync(name);
        await Assertions.Expect(room.Details).ToContainTextAsync(flag);
        await page.GetByTestId("vessel-details").GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Assertions.Expect(room.Details).ToHaveCountAsync(0);

        // Clicked on the map where it is drawn (the centre, after the flight), it opens again; the pointer over it
        // says it can be clicked (the map's own lookup of the vessel layer, which MapLibre's feature queries do not see).
        await room.ClickMapCentreAsync();
        await Assertions.Expect(room.DetailsMmsi).ToHaveTextAsync(mmsi.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(room.Canvas).ToHaveCSSAsync("cursor", "pointer");

        // The timeline opens at the last archived fix; Home scrubs to the first, and a typed time is jumped to.
        await Assertions.Expect(room.ReplayTime).ToHaveTextAsync(Zulu(track[^1]));
        await room.ReplaySlider.FocusAsync();
        await page.Keyboard.PressAsync("Home");
        await Assertions.Expect(room.ReplayTime).ToHaveTextAsync(Zulu(track[0]));
        DateTimeOffset first = track[0].GetProperty("time").GetDateTimeOffset();
        DateTimeOffset middle = first + ((track[^1].GetProperty("time").GetDateTimeOffset() - first) / 2);
        string jump = middle.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        await page.GetByLabel("Jump to (UTC)").FillAsync(jump + "Z");
        await page.GetByRole(AriaRole.Button, new() { Name = "Go" }).ClickAsync();
        await Assertions.Expect(room.ReplayTime).ToHaveTextAsync(jump + "Z");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, "operations-room-replay.png") });

        // A time outside the track is refused with the span the track covers.
        await page.GetByLabel("Jump to (UTC)").FillAsync("2001-01-01 00:00Z");
        await page.GetByRole(AriaRole.Button, new() { Name = "Go" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The track runs from " + Zulu(track[0]));
        await Assertions.Expect(room.ReplayTime).ToHaveTextAsync(jump + "Z");

        // The whole picture moves to the shown time: the vessel is the archive's position then, until back to live.
        await page.GetByRole(AriaRole.Button, new() { Name = "Whole picture at this time" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("picture-time")).ToHaveTextAsync($"Picture at {jump}Z");
        await Assertions.Expect(room.Details).ToContainTextAsync("archive, heard by");
        await Assertions.Expect(room.Details).ToContainTextAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Back to live" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("picture-time")).ToHaveTextAsync("Live picture");
        await Assertions.Expect(room.Details).ToContainTextAsync("live picture");

        // Zoomed out from the flight's zoom 8 to 5, where vessels are dots rather than icons, a click on the dots there
        // opens the nearest vessel (at this scale a pixel is some 5 km, so in a port that may be a neighbour).
        await page.GetByTestId("vessel-details").GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Assertions.Expect(room.Details).ToHaveCountAsync(0);
        await room.ZoomOutAsync(3);
        await room.ClickMapCentreAsync();
        await Assertions.Expect(room.DetailsMmsi).ToHaveTextAsync(new Regex("^[0-9]{9}$"));
        await page.Context.CloseAsync();
    }

    // A vessel with a name, a flag and at least three archived fixes, as the host answers Japan's watch officer, and
    // alone where it lies: the exercise anchors some vessels at the very same position, where a click opens the one
    // drawn on top. No other vessel within 0.05° (at the flight's zoom 8, more than the click's 8 px tolerance).
    private async Task<(uint Mmsi, string Name, string Flag, JsonElement[] Track)> NamedVesselWithTrackAsync()
    {
        (JsonElement Vessel, JsonElement Label)[] world = await WorldViewportAsync();
        static (double Latitude, double Longitude) Position(JsonElement vessel) =>
            (vessel.GetProperty("latitude").GetDouble(), vessel.GetProperty("longitude").GetDouble());
        foreach ((JsonElement vessel, _) in world)
        {
            if (vessel.GetProperty("name").GetString() is not { Length: > 0 } name
                || vessel.GetProperty("flag").GetString() is not { Length: 3 } flag)
            {
                continue;
            }

            (double latitude, double longitude) = Position(vessel);
            if (world.Count(other => Math.Abs(Position(other.Vessel).Latitude - latitude) < 0.05 && Math.Abs(Position(other.Vessel).Longitude - longitude) < 0.05) > 1)
            {
                continue;
            }

            uint mmsi = vessel.GetProperty("mmsi").GetUInt32();
            JsonElement[] track = await GetAsync($"/api/v1/maritime/vessels/{mmsi}/track");
            if (track.Length >= 3)
            {
                return (mmsi, name, flag, track);
            }
        }

        throw new InvalidOperationException("No named exercise vessel has an archived track.");
    }

    private async Task<JsonElement[]> GetAsync(string path)
    {
        using HttpClient client = await session.Server.SignInWithTokenAsync("jp.watch");
        return [.. (await client.GetFromJsonAsync<JsonElement>(path)).EnumerateArray()];
    }

    // The vessels of the whole world as the host answers Japan's watch officer, each with its label.
    private async Task<(JsonElement Vessel, JsonElement Label)[]> WorldViewportAsync()
    {
        using HttpClient client = await session.Server.SignInWithTokenAsync("jp.watch");
        return ListedVessels.Resolve(await client.GetFromJsonAsync<JsonElement>("/api/v1/maritime/viewport?west=-180&south=-90&east=180&north=90"));
    }

    private static string Zulu(JsonElement point) =>
        point.GetProperty("time").GetDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
