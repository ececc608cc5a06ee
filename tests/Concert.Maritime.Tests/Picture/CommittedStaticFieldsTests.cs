using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;
using Concert.Maritime.Tests.Support;
using DuckDB.NET.Data;

namespace Concert.Maritime.Tests.Picture;

/// <summary>
/// The fields the picture once lost on the way through the archive (a type 5's ETA, an aid to navigation's name and
/// type) are stored and come back after the commit. Expected values are gpsdecode's (gpsd 3.22) for the same lines.
/// </summary>
public sealed class CommittedStaticFieldsTests : IDisposable
{
    // gpsd's sample.aivdm lines 124-125 (type 5, EVER DIADEM): gpsdecode gives "eta":"05-15T14:00Z".
    private static readonly string[] TypeFive =
    [
        "\\c:1772323200*5A\\!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C",
        "!AIVDM,2,2,1,A,88888888880,2*25",
    ];

    // gpsd's sample.aivdm lines 1080-1081 (type 21; the file's literal "\x0d\x0a" after each checksum left off):
    // gpsdecode gives mmsi 4000003, "aid_type":30, "aid_type_text":"Special Mark", "name":"IBC G BUOY",
    // lat 37.414467, lon 126.572227, 2 m to each side.
    private static readonly string[] TypeTwentyOne =
    [
        "\\c:1772323260*5C\\!AIVDM,2,1,8,B,E03l90w4Q1h3h1:WdPOwwwwwwwwlQdn`:e55020@@@gP0000000000000000,0*47",
        "!AIVDM,2,2,8,B,00,4*19",
    ];

    private readonly TestArchive _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task A_type_5_eta_reaches_the_picture_through_the_archive()
    {
        MaritimePicture picture = await IngestIntoPicture(_test.Archive, "eta.nmea", TypeFive);

        VoyageData voyage = Assert.IsType<VoyageData>(picture.Find(351_759_000)?.Voyage);
        Assert.Equal((5, 15, 14, 0), (voyage.EtaMonth, voyage.EtaDay, voyage.EtaHour, voyage.EtaMinute));
    }

    [Fact]
    public async Task An_aid_to_navigation_keeps_its_name_type_and_position_through_the_archive()
    {
        MaritimePicture picture = await IngestIntoPicture(_test.Archive, "aton.nmea", TypeTwentyOne);

        VesselState aid = Assert.IsType<VesselState>(picture.Find(4_000_003));
        Assert.Equal(VesselClass.AidToNavigation, aid.Class);
        Assert.Equal("IBC G BUOY", aid.Name?.Name);
        ShipParticulars particulars = Assert.IsType<ShipParticulars>(aid.Particulars);
        Assert.Equal((30, "Special Mark", 4, 4), (particulars.AidType, particulars.AidTypeDescription, particulars.LengthMeters, particulars.BeamMeters));
        VesselPosition position = Assert.IsType<VesselPosition>(aid.Position);
        Assert.Equal((37.414467, 126.572227), (Math.Round(position.Latitude, 6), Math.Round(position.Longitude, 6)));
    }

    [Fact]
    public async Task A_later_position_row_of_the_aid_does_not_erase_its_name_or_type()
    {
        var picture = new MaritimePicture();
        await IngestIntoPicture(_test.Archive, "aton.nmea", TypeTwentyOne, picture);
        // The same aid heard again later: a new receive time, so a new position row and a new static row.
        await IngestIntoPicture(_test.Archive, "aton-later.nmea", [TypeTwentyOne[0].Replace("1772323260*5C", "1772323320*59", StringComparison.Ordinal), TypeTwentyOne[1]], picture);

        VesselState aid = Assert.IsType<VesselState>(picture.Find(4_000_003));
        Assert.Equal(("IBC G BUOY", (int?)30), (aid.Name?.Name, aid.Particulars?.AidType));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_772_323_320), aid.Position?.Provenance.ReceivedAt);
    }

    [Fact]
    public async Task Replaying_the_statics_stores_nothing_new()
    {
        string path = FileFeeds.WriteLines(_test.Directory, "statics.nmea", [.. TypeFive, .. TypeTwentyOne]);

        IngestSummary first = await IngestRunner.IngestFileAsync(_test.Archive, FileFeeds.Nmea(path));
        IngestSummary second = await IngestRunner.IngestFileAsync(_test.Archive, FileFeeds.Nmea(path));
        _test.Archive.Dispose();

        Assert.Equal((1, 0), (first.PositionsCommitted, second.PositionsCommitted));
        (int, long?, long?, string?)[] expected =
            [(5, PackedEta.Pack(5, 15, 14, 0), null, "EVER DIADEM"), (21, null, 30, "IBC G BUOY")];
        Assert.Equal(expected, StoredStatics(_test.Options.DatabasePath));
    }

    [Fact]
    public async Task An_archive_made_before_gains_the_new_columns_and_keeps_its_rows()
    {
        string path = Path.Combine(_test.Directory, "old.duckdb");
        using (var connection = new DuckDBConnection(PositionArchive.ConnectionString(path)))
        {
            connection.Open();
            using DuckDBCommand command = connection.CreateCommand();
            // The vessel_statics table as archives created before the ETA and aid type were kept have it.
            command.CommandText = """
                CREATE TABLE vessel_statics (
                    t BIGINT NOT NULL, mmsi UINTEGER NOT NULL, msg_type UTINYINT NOT NULL, name VARCHAR, call_sign VARCHAR,
                    imo UINTEGER, ship_type UTINYINT, to_bow USMALLINT, to_stern USMALLINT, to_port UTINYINT,
                    to_starboard UTINYINT, draught UTINYINT, destination VARCHAR, source USMALLINT NOT NULL,
                    label USMALLINT NOT NULL, hash UBIGINT NOT NULL);
                INSERT INTO vessel_statics VALUES (1000000, 211000001, 5, 'OLD SHIP', NULL, NULL, 70, NULL, NULL, NULL, NULL, NULL, NULL, 1, 1, 42);
                """;
            command.ExecuteNonQuery();
        }

        MaritimePicture picture;
        using (PositionArchive old = PositionArchive.Open(new ArchiveOptions { DatabasePath = path, ParquetDirectory = Path.Combine(_test.Directory, "old-parquet") }))
        {
            picture = await IngestIntoPicture(old, "eta.nmea", TypeFive);
        }

        Assert.Equal(14, picture.Find(351_759_000)?.Voyage?.EtaHour);
        (int, long?, long?, string?)[] expected = [(5, null, null, "OLD SHIP"), (5, PackedEta.Pack(5, 15, 14, 0), null, "EVER DIADEM")];
        Assert.Equal(expected, StoredStatics(path));
    }

    private async Task<MaritimePicture> IngestIntoPicture(PositionArchive archive, string name, string[] lines, MaritimePicture? picture = null)
    {
        picture ??= new MaritimePicture();
        var runner = new IngestRunner(archive, [FileFeeds.Nmea(FileFeeds.WriteLines(_test.Directory, name, lines))]);
        CommittedPictureFeed.Follow(picture, runner.Pipeline);
        await runner.RunAsync();
        return picture;
    }

    private static List<(int Type, long? Eta, long? AidType, string? Name)> StoredStatics(string databasePath)
    {
        using var connection = new DuckDBConnection(PositionArchive.ConnectionString(databasePath));
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = "SELECT msg_type::INT, eta::BIGINT, aid_type::BIGINT, name FROM vessel_statics ORDER BY t, msg_type";
        using DuckDBDataReader reader = command.ExecuteReader();
        var rows = new List<(int, long?, long?, string?)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetString(3)));
        }
        return rows;
    }
}
