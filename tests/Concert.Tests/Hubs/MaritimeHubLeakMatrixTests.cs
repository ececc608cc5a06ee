using Concert.Ais.Messages;
using Concert.Maritime.Picture;
using Concert.Security;
using Concert.Sharing;
using Concert.Tests.Serve;
using Microsoft.Extensions.DependencyInjection;

namespace Concert.Tests.Hubs;

/// <summary>
/// The leak matrix over the live hub: for every matrix user, the world snapshot and the next push of changes carry
/// exactly the vessels an independent decider releases to that user (vessels under a spread of the matrix labels).
/// </summary>
public sealed class MaritimeHubLeakMatrixTests(MaritimeLeakMatrixFixture fixture) : IClassFixture<MaritimeLeakMatrixFixture>
{
    public static TheoryData<string> Users() => [.. LeakMatrix.Users.Select(user => user.UserName)];

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Each_user_is_pushed_exactly_the_vessels_the_decider_permits(string userName)
    {
        AccountSeed user = LeakMatrix.Users.Single(seed => seed.UserName == userName);
        SortedSet<uint> expected = fixture.Expected(user, fixture.Live);
        await using LiveClient client = await LiveClient.WithTokenAsync(fixture.Host, userName);
        await client.SubscribeAsync(west: -180, south: -90, east: 180, north: 90);
        SortedDictionary<uint, string> markings = new(expected.ToDictionary(mmsi => mmsi, mmsi => fixture.Live[mmsi].ToString()));
        Assert.Equal(markings, ListedVessels.Markings(await client.NextSnapshotAsync()));

        // Every vessel of the picture reports again, under its own label: the push carries the permitted ones only.
        MaritimePicture picture = fixture.Host.Services.GetRequiredService<MaritimePicture>();
        foreach ((uint mmsi, ConfidentialityLabel label) in fixture.Live)
        {
            VesselPosition position = picture.Find(mmsi)!.Position!;
            var report = new PositionReportClassA(
                1, 0, mmsi, 0, 0, 100, true, (int)Math.Round(position.Longitude * 600_000) + 60, (int)Math.Round(position.Latitude * 600_000) + 60, 900, 90, 0, 0, 0, false, 0);
            picture.Apply(in report, "MATRIX", label, fixture.Host.Time.GetUtcNow());
        }

        fixture.Host.Time.Advance(TimeSpan.FromSeconds(1));
        if (expected.Count == 0)
        {
            Assert.False(await client.ChangesArriveWithinAsync(TimeSpan.FromMilliseconds(500)), $"{userName} was pushed vessels");
            return;
        }

        System.Text.Json.JsonElement changes = await client.NextChangesAsync();
        Assert.Equal(markings, ListedVessels.Markings(changes, "updated"));
        Assert.Empty(changes.GetProperty("removed").EnumerateArray());
    }
}
