using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Concert.Apis;
using Concert.Maritime.Picture;
using Concert.Sharing;
using Microsoft.Extensions.DependencyInjection;

namespace Concert.Tests.Serve;

/// <summary>
/// A vessel's details carry the voyage its crew declared (type 5: destination, ETA, draught), as the picture merged it
/// from the exercise traffic after the archive committed it.
/// </summary>
public sealed class VesselVoyageApiTests
{
    [Fact]
    public async Task Vessel_details_carry_the_declared_destination_eta_and_draught()
    {
        await using ConcertTestHost host = await ConcertTestHost.StartAsync(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), exerciseVessels: 200);
        MaritimePicture picture = host.Services.GetRequiredService<MaritimePicture>();
        VesselState? declared = null;
        // Static and voyage data come every six minutes: move the host's fake clock on until a vessel has declared a
        // complete voyage and has a position.
        for (int second = 0; second < 900 && declared is null; second++)
        {
            host.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(15);
            declared = picture.Snapshot().FirstOrDefault(state =>
                state.Position is not null && state.Voyage?.Destination is not null && VesselResponses.EtaText(state.Voyage) is not null);
        }

        Assert.NotNull(declared);
        using HttpClient japanese = await host.SignInWithTokenAsync("jp.watch");
        HttpResponseMessage response = await japanese.GetAsync($"/api/v1/maritime/vessels/{declared.Mmsi}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement vessel = await response.Content.ReadFromJsonAsync<JsonElement>();
        VoyageData voyage = declared.Voyage!;
        Assert.Equal(voyage.Destination, vessel.GetProperty("destination").GetString());
        Assert.Equal(
            $"{voyage.EtaMonth:00}-{voyage.EtaDay:00}T{voyage.EtaHour:00}:{voyage.EtaMinute:00}Z",
            vessel.GetProperty("eta").GetString());
        Assert.Equal(voyage.DraughtMeters, vessel.GetProperty("draughtMetres").ValueKind == JsonValueKind.Null ? null : vessel.GetProperty("draughtMetres").GetDouble());
    }

    [Theory]
    [InlineData(5, 15, 14, 0, "05-15T14:00Z")]
    [InlineData(12, 31, 23, 59, "12-31T23:59Z")]
    [InlineData(null, 15, 14, 0, null)]
    [InlineData(5, 15, null, 0, null)]
    public void The_eta_is_written_as_gpsd_writes_it_only_when_complete(int? month, int? day, int? hour, int? minute, string? expected)
    {
        var voyage = new VoyageData("SINGAPORE", 7.5, month, day, hour, minute,
            new Provenance(5, null, DateTimeOffset.UnixEpoch, new ConfidentialityLabel("CONCERT", Classification.Restricted, DateTimeOffset.UnixEpoch, NationSet.Empty)));
        Assert.Equal(expected, VesselResponses.EtaText(voyage));
        Assert.Null(VesselResponses.EtaText(null));
    }
}
