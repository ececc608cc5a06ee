using Concert.Maritime.Picture;
using Microsoft.Extensions.Time.Testing;

namespace Concert.Maritime.Tests.Picture;

public sealed class PictureSubscriptionTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly GeoBox SingaporeStrait = new(1, 103.5, 1.5, 104.5);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly MaritimePicture _picture;

    public PictureSubscriptionTests() => _picture = new MaritimePicture(PictureOptions.Default with { TimeProvider = _clock });

    [Fact]
    public void Many_updates_of_one_vessel_within_an_interval_arrive_as_one_change()
    {
        using PictureSubscription subscription = _picture.Subscribe(SingaporeStrait, TestLabels.Everyone);
        for (int i = 0; i < 10; i++)
        {
            ViewportQueryTests.Report(_picture, 563000001, 1.2, 103.8 + i * 0.001, Start.AddSeconds(i));
        }
        ViewportQueryTests.Report(_picture, 563000002, 1.25, 104.0, Start);
        ViewportQueryTests.Report(_picture, 431000001, 35, 139.8, Start);

        Assert.False(subscription.Changes.TryRead(out _));
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(subscription.Changes.TryRead(out IReadOnlyList<VesselChange>? batch));
        Assert.Equal([563000001u, 563000002u], batch.Select(change => change.Mmsi));
        Assert.All(batch, change => Assert.Equal(VesselChangeKind.Entered, change.Kind));
        Assert.Equal(103.809, batch[0].State!.Position!.Longitude, 6);
    }

    [Fact]
    public void Moving_out_of_the_viewport_is_a_left_change()
    {
        using PictureSubscription subscription = _picture.Subscribe(SingaporeStrait, TestLabels.Everyone);
        ViewportQueryTests.Report(_picture, 563000001, 1.2, 103.8, Start);
        subscription.Flush();
        Assert.True(subscription.Changes.TryRead(out _));

        ViewportQueryTests.Report(_picture, 563000001, 1.2, 103.9, Start.AddSeconds(10));
        subscription.Flush();
        Assert.True(subscription.Changes.TryRead(out IReadOnlyList<VesselChange>? updated));
        Assert.Equal(VesselChangeKind.Updated, Assert.Single(updated).Kind);

        ViewportQueryTests.Report(_picture, 563000001, 2.2, 103.9, Start.AddSeconds(20));
        subscription.Flush();
        Assert.True(subscription.Changes.TryRead(out IReadOnlyList<VesselChange>? left));
        Assert.Equal(VesselChangeKind.Left, Assert.Single(left).Kind);
    }

    [Fact]
    public void Entering_and_leaving_within_one_interval_is_never_seen()
    {
        using PictureSubscription subscription = _picture.Subscribe(SingaporeStrait, TestLabels.Everyone);
        ViewportQueryTests.Report(_picture, 563000001, 1.2, 103.8, Start);
        ViewportQueryTests.Report(_picture, 563000001, 3, 103.8, Start.AddSeconds(1));

        subscription.Flush();

        Assert.False(subscription.Changes.TryRead(out _));
    }

    [Fact]
    public void Only_releasable_vessels_are_notified()
    {
        using PictureSubscription subscription = _picture.Subscribe(
            SingaporeStrait, ReleaseFilter.For(TestLabels.Decider, TestLabels.AustralianOfficer, Start));
        ViewportQueryTests.Report(_picture, 563000001, 1.2, 103.8, Start, TestLabels.Shared);
        ViewportQueryTests.Report(_picture, 563000002, 1.2, 103.9, Start, TestLabels.JapanOnly);

        subscription.Flush();

        Assert.True(subscription.Changes.TryRead(out IReadOnlyList<VesselChange>? batch));
        Assert.Equal(563000001u, Assert.Single(batch).Mmsi);
    }

    [Fact]
    public void Disposing_completes_the_channel_and_stops_notifications()
    {
        PictureSubscription subscription = _picture.Subscribe(SingaporeStrait, TestLabels.Everyone);
        subscription.Dispose();
        ViewportQueryTests.Report(_picture, 563000001, 1.2, 103.8, Start);
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.False(subscription.Changes.TryRead(out _));
        Assert.True(subscription.Changes.Completion.IsCompleted);
    }
}
