using System.Net;
using System.Text.Json;
using Concert.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Concert.Tests.Serve;

namespace Concert.Tests.Hubs;

/// <summary>
/// The live hub against a real host on loopback with real SignalR clients: snapshot then throttled, coalesced changes;
/// staleness and loss; release per user; authentication; bad subscriptions; the audit.
/// </summary>
public sealed class MaritimeHubTests(LiveHubFixture fixture) : IClassFixture<LiveHubFixture>
{
    private static readonly TimeSpan Interval = new LiveOptions().PushInterval;
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task A_snapshot_of_the_box_comes_first_then_the_changes_of_one_interval()
    {
        fixture.Report(431_000_001, 22, 121);
        fixture.Report(431_000_002, 30, 121);
        await using LiveClient client = await LiveClient.WithTokenAsync(fixture.Host, "jp.watch");
        await client.SubscribeAsync(west: 120, south: 20, east: 125, north: 25);

        JsonElement snapshot = await client.NextSnapshotAsync();
        JsonElement vessel = snapshot.GetProperty("vessels").EnumerateArray().Single();
        Assert.Equal(431_000_001u, vessel.GetProperty("mmsi").GetUInt32());
        Assert.Equal(22, vessel.GetProperty("latitude").GetDouble(), 6);
        Assert.Equal(121, vessel.GetProperty("longitude").GetDouble(), 6);
        Assert.Equal(12.3, vessel.GetProperty("speedKnots").GetDouble(), 6);
        Assert.Equal("Live", vessel.GetProperty("staleness").GetString());
        Assert.Equal("picture", vessel.GetProperty("source").GetString());
        Assert.Equal("CONCERT RESTRICTED REL JPN", ListedVessels.Resolve(snapshot).Single().Label.GetProperty("marking").GetString());

        fixture.Report(431_000_001, 30, 130);
        fixture.Report(431_000_002, 23, 122);
        fixture.Report(431_000_003, 24, 123.5);
        fixture.Host.Time.Advance(Interval);
        JsonElement changes = await client.NextChangesAsync();
        Assert.Equal([431_000_002u, 431_000_003u], LiveClient.Mmsis(changes.GetProperty("updated")));
        Assert.Equal([431_000_001u], changes.GetProperty("removed").EnumerateArray().Select(mmsi => mmsi.GetUInt32()));
        Assert.Equal(0, changes.GetProperty("dropped").GetInt32());
        JsonElement entered = changes.GetProperty("updated").EnumerateArray().Single(vessel => vessel.GetProperty("mmsi").GetUInt32() == 431_000_003);
        Assert.Equal(24, entered.GetProperty("latitude").GetDouble(), 6);
        Assert.Equal(123.5, entered.GetProperty("longitude").GetDouble(), 6);
        Assert.Equal(fixture.Host.Time.GetUtcNow(), changes.GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Changes_wait_for_the_interval_and_a_vessel_reported_twice_arrives_once_with_its_latest_state()
    {
        fixture.Report(431_000_011, -10, -40);
        await using LiveClient client = await LiveClient.WithCookieAsync(fixture.Host, "jp.watch");
        await client.SubscribeAsync(west: -45, south: -15, east: -35, north: -5);
        Assert.Equal([431_000_011u], LiveClient.Mmsis((await client.NextSnapshotAsync()).GetProperty("vessels")));

        fixture.Report(431_000_011, -10.5, -40.5);
        fixture.Report(431_000_011, -11, -41);
        fixture.Host.Time.Advance(Interval - TimeSpan.FromMilliseconds(1));
        Assert.False(await client.ChangesArriveWithinAsync(Quiet), "changes were pushed before the interval ended");

        fixture.Host.Time.Advance(TimeSpan.FromMilliseconds(1));
        JsonElement changes = await client.NextChangesAsync();
        JsonElement vessel = changes.GetProperty("updated").EnumerateArray().Single();
        Assert.Equal(-11, vessel.GetProperty("latitude").GetDouble(), 6);
        Assert.Equal(-41, vessel.GetProperty("longitude").GetDouble(), 6);
        Assert.Empty(changes.GetProperty("removed").EnumerateArray());

        fixture.Host.Time.Advance(Interval);
        Assert.False(await client.ChangesArriveWithinAsync(Quiet), "an interval without changes pushed a message");
    }

    [Fact]
    public async Task A_vessel_turning_stale_is_sent_again_and_a_lost_one_is_removed()
    {
        fixture.Report(431_000_021, 50, -30);
        // A cookie session lasts eight hours; a token only one.
        await using LiveClient client = await LiveClient.WithCookieAsync(fixture.Host, "jp.watch");
        await client.SubscribeAsync(west: -35, south: 45, east: -25, north: 55);
        Assert.Equal("Live", (await client.NextSnapshotAsync()).GetProperty("vessels")[0].GetProperty("staleness").GetString());

        fixture.Host.Time.Advance(TimeSpan.FromHours(1) + Interval);
        JsonElement stale = await client.NextChangesAsync();
        Assert.Equal("Stale", stale.GetProperty("updated").EnumerateArray().Single().GetProperty("staleness").GetString());

        fixture.Host.Time.Advance(TimeSpan.FromHours(5));
        JsonElement lost = await client.NextChangesAsync();
        Assert.Empty(lost.GetProperty("updated").EnumerateArray());
        Assert.Equal([431_000_021u], lost.GetProperty("removed").EnumerateArray().Select(mmsi => mmsi.GetUInt32()));
    }

    [Fact]
    public async Task A_user_of_a_nation_the_vessels_are_not_released_to_sees_nothing()
    {
        fixture.Report(431_000_031, 40, 140);
        await using LiveClient japanese = await LiveClient.WithTokenAsync(fixture.Host, "jp.watch");
        await using LiveClient chinese = await LiveClient.WithTokenAsync(fixture.Host, "cn.observer");
        await japanese.SubscribeAsync(west: 135, south: 35, east: 145, north: 45);
        await chinese.SubscribeAsync(west: 135, south: 35, east: 145, north: 45);
        Assert.Single(LiveClient.Mmsis((await japanese.NextSnapshotAsync()).GetProperty("vessels")));
        Assert.Empty(LiveClient.Mmsis((await chinese.NextSnapshotAsync()).GetProperty("vessels")));

        fixture.Report(431_000_031, 41, 141);
        fixture.Report(431_000_032, 42, 142);
        fixture.Host.Time.Advance(Interval);
        Assert.Equal([431_000_031u, 431_000_032u], LiveClient.Mmsis((await japanese.NextChangesAsync()).GetProperty("updated")));
        Assert.False(await chinese.ChangesArriveWithinAsync(Quiet), "a vessel not released to China was pushed to a Chinese user");
    }

    [Fact]
    public async Task A_release_over_the_hub_is_audited_once_per_label_not_at_every_update()
    {
        fixture.Report(431_000_041, -30, 20);
        await using LiveClient client = await LiveClient.WithTokenAsync(fixture.Host, "jp.watch");
        await client.SubscribeAsync(west: 15, south: -35, east: 25, north: -25);
        Assert.Single((await client.NextSnapshotAsync()).GetProperty("vessels").EnumerateArray());
        Assert.Single(AuditLinesNaming("vessel/431000041"));

        fixture.Report(431_000_042, -31, 21);
        fixture.Host.Time.Advance(Interval);
        Assert.Equal([431_000_042u], LiveClient.Mmsis((await client.NextChangesAsync()).GetProperty("updated")));
        fixture.Report(431_000_041, -30.5, 20.5);
        fixture.Report(431_000_042, -31.5, 21.5);
        fixture.Host.Time.Advance(Interval);
        Assert.Equal([431_000_041u, 431_000_042u], LiveClient.Mmsis((await client.NextChangesAsync()).GetProperty("updated")));

        string[] entries = AuditLinesNaming("vessel/431000042");
        Assert.Single(entries);
        Assert.Single(AuditLinesNaming("vessel/431000041"));
        Assert.Contains("jp.watch", entries[0], StringComparison.Ordinal);
        Assert.Contains("ReleasableInQuery", entries[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_without_credentials_is_refused()
    {
        await using Microsoft.AspNetCore.SignalR.Client.HubConnection anonymous = LiveClient.Anonymous(fixture.Host);
        HttpRequestException refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_connection_closes_when_its_token_expires()
    {
        await using LiveClient client = await LiveClient.WithTokenAsync(fixture.Host, "kr.analyst");
        var closed = new TaskCompletionSource();
        client.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await client.SubscribeAsync(west: 0, south: 0, east: 1, north: 1);
        await client.NextSnapshotAsync();

        fixture.Host.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected, client.Connection.State);
        fixture.Host.Time.Advance(TimeSpan.FromMinutes(1) + Interval);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Theory]
    [InlineData(120, 25, 125, 20, null, "'south' is north of 'north'")]
    [InlineData(190, 20, 125, 25, null, "'west' must be between -180 and 180 degrees")]
    [InlineData(120, -91, 125, 25, null, "'south' must be between -90 and 90 degrees")]
    [InlineData(120, 20, 125, 25, "Battleship", "'Battleship' is not a vessel class")]
    public async Task A_bad_subscription_is_refused_with_a_message_that_says_why(double west, double south, double east, double north, string? vesselClass, string reason)
    {
        await using LiveClient client = await LiveClient.WithTokenAsync(fixture.Host, "jp.watch");
        HubException refused = await Assert.ThrowsAsync<HubException>(() =>
            client.SubscribeAsync(west, south, east, north, vesselClass is null ? null : [vesselClass]));
        Assert.Contains("The viewport is not valid", refused.Message, StringComparison.Ordinal);
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_class_filter_keeps_other_classes_out_and_a_new_subscription_replaces_the_old()
    {
        fixture.Report(431_000_051, 60, 0);
        await using LiveClient client = await LiveClient.WithTokenAsync(fixture.Host, "jp.watch");
        await client.SubscribeAsync(west: -5, south: 55, east: 5, north: 65, classes: ["ClassB"]);
        Assert.Empty((await client.NextSnapshotAsync()).GetProperty("vessels").EnumerateArray());
        await client.SubscribeAsync(west: -5, south: 55, east: 5, north: 65, classes: ["ClassA"]);
        Assert.Equal([431_000_051u], LiveClient.Mmsis((await client.NextSnapshotAsync()).GetProperty("vessels")));
    }

    [Fact]
    public async Task A_client_that_leaves_while_its_subscription_is_read_keeps_no_subscription()
    {
        LiveViewports viewports = fixture.Host.Services.GetRequiredService<LiveViewports>();
        var clients = new List<LiveClient>();
        for (int index = 0; index < 20; index++)
        {
            clients.Add(await LiveClient.WithTokenAsync(fixture.Host, "jp.watch"));
        }

        // Each client sends its subscription and closes at once, so most close while the hub still reads the account.
        foreach (LiveClient client in clients)
        {
            await client.Connection.SendAsync("Subscribe", new { west = 0, south = 0, east = 10, north = 10 });
            await client.DisposeAsync();
        }

        DateTime deadline = DateTime.UtcNow.AddSeconds(10);
        while (viewports.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, viewports.Count);
    }

    private string[] AuditLinesNaming(string text) =>
        [.. File.ReadAllLines(fixture.Host.AuditLogPath).Where(line => line.Contains(text, StringComparison.Ordinal))];
}
