using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Concert.Tests.Browser.Pages;

/// <summary>The operations room: the map, its vessel counter, search, the vessel details and the replay timeline.</summary>
internal sealed class OperationsRoomPage(IPage page)
{
    /// <summary>The map region (MapLibre's canvas inside).</summary>
    public ILocator Map => page.GetByRole(AriaRole.Region, new() { Name = "Map of vessels" });

    /// <summary>MapLibre's WebGL canvas, whose cursor says whether a vessel is under the pointer.</summary>
    public ILocator Canvas => Map.Locator("canvas.maplibregl-canvas");

    /// <summary>"N vessels in view".</summary>
    public ILocator VesselCount => page.GetByTestId("vessel-count");

    /// <summary>The selected vessel's panel.</summary>
    public ILocator Details => page.GetByTestId("vessel-details");

    /// <summary>The MMSI in the details panel.</summary>
    public ILocator DetailsMmsi => page.GetByTestId("vessel-mmsi");

    /// <summary>The time the timeline shows.</summary>
    public ILocator ReplayTime => page.GetByTestId("timeline-time");

    /// <summary>The timeline's slider.</summary>
    public ILocator ReplaySlider => page.GetByRole(AriaRole.Slider, new() { Name = "Replay time" });

    /// <summary>Waits for the map to be drawn and for the first answer of the host.</summary>
    public static async Task<OperationsRoomPage> WaitAsync(IPage page)
    {
        var room = new OperationsRoomPage(page);
        await Assertions.Expect(room.Map).ToHaveAttributeAsync("data-map", "ready");
        await Assertions.Expect(room.VesselCount).ToContainTextAsync("in view");
        return room;
    }

    /// <summary>Searches and chooses the result with <paramref name="mmsi"/>, then waits for the map to fly there.</summary>
    public async Task FindAndChooseAsync(uint mmsi)
    {
        string flights = await Map.GetAttributeAsync("data-flights") ?? "0";
        await page.GetByLabel("Name, MMSI, IMO or call sign").FillAsync(mmsi.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.GetByTestId("search-results").GetByRole(AriaRole.Button).First.ClickAsync();
        await Assertions.Expect(Map).Not.ToHaveAttributeAsync("data-flights", flights);
    }

    /// <summary>
    /// Zooms out by <paramref name="steps"/> with the map's control, one step at a time, then waits until the map is at
    /// rest with its tiles drawn (MapLibre's idle, which the map marks on its element and takes away when it moves or
    /// is given new vessels; so a map already at rest when asked is not waited on for an idle that never comes).
    /// </summary>
    public async Task ZoomOutAsync(int steps)
    {
        for (int step = 0; step < steps; step++)
        {
            string rests = await Map.GetAttributeAsync("data-camera-moves") ?? "0";
            await page.GetByRole(AriaRole.Button, new() { Name = "Zoom out" }).ClickAsync();
            await Assertions.Expect(Map).Not.ToHaveAttributeAsync("data-camera-moves", rests);
        }

        await Assertions.Expect(Map).ToHaveAttributeAsync("data-vessels-drawn", new Regex("^[0-9]+$"));
    }

    /// <summary>Clicks the middle of the map, where a vessel flown to is drawn.</summary>
    public async Task ClickMapCentreAsync()
    {
        LocatorBoundingBoxResult box = await Map.BoundingBoxAsync() ?? throw new InvalidOperationException("The map is not on screen.");
        await Map.ClickAsync(new() { Position = new() { X = box.Width / 2, Y = box.Height / 2 } });
    }
}
