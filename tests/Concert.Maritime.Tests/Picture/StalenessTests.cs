using Concert.Ais.Messages;
using Concert.Maritime.Picture;
using Microsoft.Extensions.Time.Testing;

namespace Concert.Maritime.Tests.Picture;

public sealed class StalenessTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly GeoBox Singapore = new(0.5, 103, 2, 105);

    private readonly FakeTimeProvider _clock = new(Start);

    [Theory]
    [InlineData(0, Staleness.Live)]
    [InlineData(60, Staleness.Live)]
    [InlineData(61, Staleness.Stale)]
    [InlineData(360, Staleness.Stale)]
    [InlineData(361, Staleness.Lost)]
    public void Default_thresholds_are_one_hour_stale_and_six_hours_lost(int minutes, Staleness expected)
    {
        MaritimePicture picture = PictureWithOneVessel(PictureOptions.Default with { TimeProvider = _clock });
        _clock.Advance(TimeSpan.FromMinutes(minutes));

        VesselState state = picture.Find(563000001)!;

        Assert.Equal(expected, state.StalenessAt(_clock.GetUtcNow(), picture.Options));
        Assert.Equal(TimeSpan.FromMinutes(minutes), state.PositionAge(_clock.GetUtcNow()));
    }

    [Fact]
    public void Thresholds_are_options()
    {
        var options = PictureOptions.Default with
        {
            StaleAfter = TimeSpan.FromMinutes(10),
            LostAfter = TimeSpan.FromMinutes(30),
            TimeProvider = _clock,
        };
        MaritimePicture picture = PictureWithOneVessel(options);

        _clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(Staleness.Stale, picture.Query(Singapore, _clock.GetUtcNow(), TestLabels.Everyone).Single().Staleness);
        _clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Empty(picture.Query(Singapore, _clock.GetUtcNow(), TestLabels.Everyone));
        Assert.Equal(Staleness.Lost, picture.Query(Singapore, _clock.GetUtcNow(), TestLabels.Everyone, includeLost: true).Single().Staleness);
    }

    [Fact]
    public void Stale_after_must_not_exceed_lost_after() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaritimePicture(PictureOptions.Default with { StaleAfter = TimeSpan.FromHours(7) }));

    [Fact]
    public void Without_a_position_the_last_message_decides()
    {
        var picture = new MaritimePicture(PictureOptions.Default with { TimeProvider = _clock });
        var partA = new StaticDataReportPartA(24, 0, 563000002, "HARBOUR TENDER", 0, 8);
        picture.Apply(in partA, null, TestLabels.Shared, Start);

        Assert.Equal(Staleness.Stale, picture.Find(563000002)!.StalenessAt(Start.AddHours(2), picture.Options));
    }

    private MaritimePicture PictureWithOneVessel(PictureOptions options)
    {
        var picture = new MaritimePicture(options);
        var report = new PositionReportClassB(18, 0, 563000001, 0, 100, false, 62_400_000, 780_000, 900, 90, 10, 0, true, false,
            false, false, false, false, false, 0);
        picture.Apply(in report, null, TestLabels.Shared, _clock.GetUtcNow());
        return picture;
    }
}
