using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Concert.Maritime.Picture;
using Concert.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Concert.Tests.Serve;

/// <summary>The viewport at a past time, answered by the archive, carries the static data the live picture shows.</summary>
public sealed class MaritimePastPictureTests(MaritimeLeakMatrixFixture fixture) : IClassFixture<MaritimeLeakMatrixFixture>
{
    [Fact]
    public async Task Vessels_at_a_past_time_have_the_names_and_types_the_live_picture_has()
    {
        // The user who may see the most archived vessels, so the comparison covers as many as the matrix has.
        AccountSeed user = LeakMatrix.Users.MaxBy(seed => fixture.Expected(seed, fixture.Archived).Count)!;
        using HttpClient client = await fixture.Host.SignInWithTokenAsync(user.UserName);
        string past = Uri.EscapeDataString(fixture.PastTime.ToString("O", CultureInfo.InvariantCulture));

        JsonElement vessels = await client.GetFromJsonAsync<JsonElement>($"/api/v1/maritime/viewport?west=-180&south=-90&east=180&north=90&at={past}");

        MaritimePicture picture = fixture.Host.Services.GetRequiredService<MaritimePicture>();
        int named = 0;
        foreach ((JsonElement vessel, _) in ListedVessels.Resolve(vessels))
        {
            Assert.Equal("archive", vessel.GetProperty("source").GetString());
            VesselState live = picture.Find(vessel.GetProperty("mmsi").GetUInt32())!;
            // The archive answers from the reports received by that time; the live picture has heard more since.
            if (vessel.GetProperty("name").GetString() is { } name)
            {
                Assert.Equal(live.Name?.Name, name);
                named++;
            }
            if (vessel.GetProperty("shipType").GetString() is { } shipType)
            {
                Assert.Equal(live.Particulars?.ShipTypeDescription, shipType);
            }
        }
        Assert.InRange(named, 1, int.MaxValue);
    }
}
