using Concert.Ais.Messages;
using Concert.Maritime.Picture;

namespace Concert.Maritime.Tests.Picture;

/// <summary>The picture's change journal: each change numbered, read since a sequence, each vessel once, overrun told.</summary>
public sealed class PictureChangesTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Changes_since_a_sequence_are_the_vessels_changed_after_it_each_once_in_its_latest_state()
    {
        var picture = new MaritimePicture();
        Assert.Equal(0, picture.ChangeSequence);
        Report(picture, 431_000_001, 10, 120, Start);
        Report(picture, 431_000_002, 11, 121, Start);
        Report(picture, 431_000_003, 12, 122, Start);
        Assert.Equal(3, picture.ChangeSequence);

        var all = new List<VesselState>();
        Assert.True(picture.TryGetChangesSince(0, out long upTo, all));
        Assert.Equal(3, upTo);
        Assert.Equal([431_000_001u, 431_000_002u, 431_000_003u], all.Select(state => state.Mmsi).Order());

        Report(picture, 431_000_002, 11.5, 121.5, Start.AddSeconds(10));
        Report(picture, 431_000_002, 11.75, 121.75, Start.AddSeconds(20));
        var since = new List<VesselState>();
        Assert.True(picture.TryGetChangesSince(upTo, out long next, since));
        Assert.Equal(5, next);
        VesselState moved = Assert.Single(since);
        Assert.Same(picture.Find(431_000_002), moved);
        Assert.Equal(11.75, moved.Position!.Latitude, 6);

        var none = new List<VesselState>();
        Assert.True(picture.TryGetChangesSince(next, out long same, none));
        Assert.Equal(next, same);
        Assert.Empty(none);
    }

    [Fact]
    public void A_message_that_changes_nothing_is_no_change()
    {
        var picture = new MaritimePicture();
        Report(picture, 431_000_001, 10, 120, Start);
        long sequence = picture.ChangeSequence;
        var baseStation = new BaseStationReport(4, 0, 4_310_001, 2026, 3, 1, 8, 0, 0, true, 0, 0, 1, 0, false, 0);
        picture.Apply(in baseStation, null, TestLabels.Shared, Start);
        Assert.Equal(sequence, picture.ChangeSequence);
    }

    [Fact]
    public void A_reader_further_behind_than_the_journal_holds_is_told_to_read_the_whole_view()
    {
        var picture = new MaritimePicture(PictureOptions.Default with { ChangeJournalCapacity = 4 });
        for (int i = 0; i < 10; i++)
        {
            Report(picture, 431_000_000 + (uint)i, 10, 120 + (i * 0.1), Start);
        }

        Assert.False(picture.TryGetChangesSince(0, out _, new List<VesselState>()));
        Assert.False(picture.TryGetChangesSince(5, out _, new List<VesselState>()));
        var recent = new List<VesselState>();
        Assert.True(picture.TryGetChangesSince(6, out long upTo, recent));
        Assert.Equal(10, upTo);
        Assert.Equal([431_000_006u, 431_000_007u, 431_000_008u, 431_000_009u], recent.Select(state => state.Mmsi).Order());
    }

    [Fact]
    public void In_view_means_what_the_viewport_query_means_release_aside()
    {
        var picture = new MaritimePicture();
        Report(picture, 431_000_001, 10, 120, Start);
        VesselState state = picture.Find(431_000_001)!;
        var box = new GeoBox(5, 115, 15, 125);
        Assert.True(picture.IsInView(state, box, Start.AddHours(6)));
        Assert.False(picture.IsInView(state, box, Start.AddHours(6).AddSeconds(1)));
        Assert.False(picture.IsInView(state, new GeoBox(11, 115, 15, 125), Start));
        Assert.True(picture.IsInView(state, new GeoBox(5, 119, 15, -170), Start));
        foreach (GeoBox some in new[] { box, new GeoBox(11, 115, 15, 125), new GeoBox(5, 119, 15, -170) })
        {
            Assert.Equal(picture.Query(some, Start, TestLabels.Everyone).Count == 1, picture.IsInView(state, some, Start));
        }
    }

    private static void Report(MaritimePicture picture, uint mmsi, double latitude, double longitude, DateTimeOffset at) =>
        ViewportQueryTests.Report(picture, mmsi, latitude, longitude, at);
}
