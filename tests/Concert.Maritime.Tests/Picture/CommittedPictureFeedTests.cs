using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;
using Concert.Maritime.Tests.Support;

namespace Concert.Maritime.Tests.Picture;

public sealed class CommittedPictureFeedTests : IDisposable
{
    private const long Start = 1_772_323_200; // 2026-03-01T00:00:00Z
    private readonly TestArchive _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task The_picture_shows_what_the_archive_committed_and_changes_only_after_the_commit()
    {
        string path = FileFeeds.WriteLines(_test.Directory, "picture.nmea",
        [
            NmeaSentences.PositionA(211_000_001, 54.0, 10.0, speedKnots: 12.3, course: 45.6, heading: 47, second: 1, unixTime: Start, station: "north"),
            NmeaSentences.PositionA(211_000_001, 54.01, 10.02, speedKnots: 12.4, course: 45.0, heading: 46, second: 31, unixTime: Start + 30, station: "north"),
            // gpsd's sample.aivdm lines 124-125: a type 5 of EVER DIADEM, 351759000.
            "\\c:1772323200*5A\\!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C",
            "!AIVDM,2,2,1,A,88888888880,2*25",
        ]);
        var picture = new MaritimePicture();
        var runner = new IngestRunner(_test.Archive, [FileFeeds.Nmea(path)]);
        long storedWhenPictureChanged = -1;
        runner.Pipeline.Committed += (_, _) => storedWhenPictureChanged = storedWhenPictureChanged < 0 ? _test.Archive.CountPositions() : storedWhenPictureChanged;
        CommittedPictureFeed.Follow(picture, runner.Pipeline);

        await runner.RunAsync();

        Assert.Equal(2, storedWhenPictureChanged);
        VesselState vessel = Assert.IsType<VesselState>(picture.Find(211_000_001));
        VesselPosition position = Assert.IsType<VesselPosition>(vessel.Position);
        Assert.Equal((54.01, 10.02, 12.4, 45.0, 46), (Math.Round(position.Latitude, 6), Math.Round(position.Longitude, 6), position.SpeedKnots, position.CourseDegrees, position.HeadingDegrees));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(Start + 30), position.Provenance.ReceivedAt);
        Assert.Equal(VesselClass.ClassA, vessel.Class);
        Assert.Equal(FileFeeds.Open, vessel.Label);

        VesselState ship = Assert.IsType<VesselState>(picture.Find(351_759_000));
        Assert.Equal("EVER DIADEM", ship.Name?.Name);
        Assert.Equal(("3FOF8", (uint?)9_134_270), (ship.Registration?.CallSign, ship.Registration?.Imo));
        Assert.Equal(("NEW YORK", 12.2), (ship.Voyage?.Destination, ship.Voyage?.DraughtMeters));
        Assert.Equal((70, 295, 32), (ship.Particulars?.ShipType, ship.Particulars?.LengthMeters, ship.Particulars?.BeamMeters));
    }

    [Fact]
    public async Task When_the_archive_cannot_commit_the_picture_does_not_change()
    {
        string path = FileFeeds.WriteLines(_test.Directory, "lost.nmea",
            [NmeaSentences.PositionA(211_000_001, 54.0, 10.0, second: 1, unixTime: Start, station: "north")]);
        var picture = new MaritimePicture();
        var runner = new IngestRunner(_test.Archive, [FileFeeds.Nmea(path)]);
        CommittedPictureFeed.Follow(picture, runner.Pipeline);
        _test.Archive.Dispose();

        await Assert.ThrowsAnyAsync<Exception>(() => runner.RunAsync());

        Assert.Equal(0, picture.Count);
    }
}
