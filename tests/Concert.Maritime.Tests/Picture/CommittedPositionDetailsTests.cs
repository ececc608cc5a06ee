using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;
using Concert.Maritime.Tests.Support;

namespace Concert.Maritime.Tests.Picture;

/// <summary>
/// The details of a position the picture once lost on the way through the archive (position accuracy, rate of turn,
/// a SAR aircraft's altitude, the receiving station of the tag block) are stored, reach the live picture after the
/// commit, and come back the same from the archive's picture at a past time and its track. Expected values are
/// gpsdecode's (gpsd 3.22, <c>-u -j</c>) for the same lines of gpsd's sample.aivdm.
/// </summary>
public sealed class CommittedPositionDetailsTests : IDisposable
{
    private const long Received = 1_772_323_200;

    // sample.aivdm line 10: gpsdecode gives type 1, mmsi 371798000, "turn":-127, "accuracy":true.
    private const string ClassA = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";

    // sample.aivdm line 488: gpsdecode gives type 9, mmsi 111232511, "alt":303, "accuracy":false.
    private const string SarAircraft = "!AIVDM,1,1,,B,91b55wi;hbOS@OdQAC062Ch2089h,0*30";

    private readonly TestArchive _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task Accuracy_rate_of_turn_altitude_and_station_reach_the_live_picture_and_the_archive_alike()
    {
        var picture = new MaritimePicture();
        string file = FileFeeds.WriteLines(_test.Directory, "details.nmea",
            [NmeaSentences.Tagged(ClassA, "2573105", Received), NmeaSentences.Tagged(SarAircraft, "2573250", Received + 1)]);
        var runner = new IngestRunner(_test.Archive, [FileFeeds.Nmea(file)]);
        CommittedPictureFeed.Follow(picture, runner.Pipeline);
        await runner.RunAsync();

        VesselPosition ship = Assert.IsType<VesselPosition>(picture.Find(371_798_000)?.Position);
        VesselPosition aircraft = Assert.IsType<VesselPosition>(picture.Find(111_232_511)?.Position);
        Assert.Equal((true, null, "2573105"), (ship.HighAccuracy, ship.AltitudeMeters, ship.Provenance.Source));
        Assert.Equal((false, (int?)303, "2573250"), (aircraft.HighAccuracy, aircraft.AltitudeMeters, aircraft.Provenance.Source));

        using ArchiveQueries queries = _test.Archive.OpenQueries();
        var releasable = ReleasableLabels.Of([.. _test.Archive.StoredLabels().Select(label => label.Key)]);
        DateTimeOffset at = DateTimeOffset.FromUnixTimeSeconds(Received + 60);
        IReadOnlyList<PositionRecord> past = queries.VesselsInBox(Concert.Maritime.Archive.GeoBox.World, at, TimeSpan.FromHours(6), releasable);
        Assert.Equal([111_232_511u, 371_798_000u], past.Select(record => record.Mmsi));
        foreach ((PositionRecord record, VesselPosition live) in past.Zip([aircraft, ship]))
        {
            Assert.Equal(
                (live.HighAccuracy, live.AltitudeMeters, live.Provenance.Source, live.Provenance.ReceivedAt),
                (record.HighAccuracy, record.AltitudeMeters, _test.Archive.StationName(record.StationId), record.Time));
        }
        Assert.Equal([PositionRecord.RateOfTurnNotAvailable, (sbyte)-127], past.Select(record => record.RateOfTurnRaw));
        Assert.Equal(past[1], Assert.Single(queries.Track(371_798_000, at.AddHours(-1), at, releasable)));
    }
}
