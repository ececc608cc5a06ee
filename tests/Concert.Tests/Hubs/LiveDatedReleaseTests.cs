using Concert.Ais.Messages;
using Concert.Maritime.Picture;
using Concert.Security;
using Concert.Sharing;
using Concert.Tests.Serve;
using Microsoft.Extensions.DependencyInjection;

namespace Concert.Tests.Hubs;

/// <summary>
/// Release over the hub is decided for the day, as dated membership is: a Swedish analyst watching a vessel released to
/// NATO sees nothing on 6 March 2024 and, without subscribing again, receives it in a fresh snapshot once Sweden's
/// membership begins at midnight.
/// </summary>
public sealed class LiveDatedReleaseTests
{
    private static readonly DateTimeOffset EveOfAccession = new(2024, 3, 6, 23, 59, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_connection_is_released_what_its_viewer_gains_when_membership_begins()
    {
        ConfidentialityLabel releasableToNato = LeakMatrix.Labels().First();
        AccountSeed swede = LeakMatrix.ExtraUsers.Single(user => user.UserName == "se.analyst");
        Assert.Empty(LeakMatrix.Expected(swede, [(1, releasableToNato)], EveOfAccession));
        Assert.Single(LeakMatrix.Expected(swede, [(1, releasableToNato)], EveOfAccession.AddMinutes(1)));

        await using ConcertTestHost host = await ConcertTestHost.StartAsync(EveOfAccession);
        await host.CreateUserAsync(swede);
        var report = new PositionReportClassA(1, 0, 265_000_001, 0, 0, 100, true, 18 * 600_000, 59 * 600_000, 900, 90, 0, 0, 0, false, 0);
        host.Services.GetRequiredService<MaritimePicture>().Apply(in report, null, releasableToNato, EveOfAccession);

        await using LiveClient client = await LiveClient.WithTokenAsync(host, swede.UserName);
        await client.SubscribeAsync(west: 15, south: 55, east: 25, north: 65);
        Assert.Empty((await client.NextSnapshotAsync()).GetProperty("vessels").EnumerateArray());

        host.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(await client.ChangesArriveWithinAsync(TimeSpan.FromMilliseconds(500)), "a vessel was pushed before Sweden joined NATO");
        host.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([265_000_001u], LiveClient.Mmsis((await client.NextSnapshotAsync()).GetProperty("vessels")));
    }
}
