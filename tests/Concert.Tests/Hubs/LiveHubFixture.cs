using Concert.Ais.Messages;
using Concert.Maritime.Picture;
using Concert.Sharing;
using Concert.Tests.Serve;
using Microsoft.Extensions.DependencyInjection;

namespace Concert.Tests.Hubs;

/// <summary>
/// One host with the exercise users and an empty picture that tests feed position reports into directly; each test
/// uses its own box and MMSIs. The push timer runs on the host's fake clock, which starts on a whole second and is only
/// ever advanced in steps that keep the pushes on whole seconds.
/// </summary>
public sealed class LiveHubFixture : IAsyncLifetime
{
    /// <summary>CONCERT RESTRICTED, releasable to Japan only.</summary>
    public static readonly ConfidentialityLabel JapanOnly = new(
        "CONCERT", Classification.Restricted, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), NationSet.Of(Trigraph.Parse("JPN")));

    internal ConcertTestHost Host { get; private set; } = null!;

    internal MaritimePicture Picture => Host.Services.GetRequiredService<MaritimePicture>();

    public async Task InitializeAsync() => Host = await ConcertTestHost.StartAsync(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>A class A position report of <paramref name="mmsi"/> received now, under <paramref name="label"/>.</summary>
    internal void Report(uint mmsi, double latitude, double longitude, ConfidentialityLabel? label = null)
    {
        var report = new PositionReportClassA(
            1, 0, mmsi, 0, 0, 123, true, (int)Math.Round(longitude * 600_000), (int)Math.Round(latitude * 600_000), 2_345, 234, 0, 0, 0, false, 0);
        Picture.Apply(in report, "TEST", label ?? JapanOnly, Host.Time.GetUtcNow());
    }
}
