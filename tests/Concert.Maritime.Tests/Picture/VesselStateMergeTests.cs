using Concert.Ais.Messages;
using Concert.Ais.Nmea;
using Concert.Maritime.Picture;
using Microsoft.Extensions.Time.Testing;

namespace Concert.Maritime.Tests.Picture;

/// <summary>Merging real sentences; expected values are gpsdecode's output for gpsd's sample.aivdm.</summary>
public sealed class VesselStateMergeTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly MaritimePicture _picture;

    public VesselStateMergeTests()
    {
        _picture = new MaritimePicture(PictureOptions.Default with { TimeProvider = _clock });
        PictureFeeding.Feed(_picture, PictureFeeding.GpsdSample(), TestLabels.Shared);
    }

    [Fact]
    public void Type_5_gives_name_particulars_registration_and_voyage()
    {
        // gpsdecode: mmsi 351759000, imo 9134270, callsign 3FOF8, EVER DIADEM, shiptype 70, bow 225 stern 70 port 1
        // starboard 31, eta 05-15T14:00Z, draught 122, destination NEW YORK.
        VesselState state = _picture.Find(351759000)!;
        Assert.Equal(VesselClass.ClassA, state.Class);
        Assert.Equal("EVER DIADEM", state.Name?.Name);
        Assert.Equal(70, state.Particulars?.ShipType);
        Assert.Equal("Cargo - all ships of this type", state.Particulars?.ShipTypeDescription);
        Assert.Equal(295, state.Particulars?.LengthMeters);
        Assert.Equal(32, state.Particulars?.BeamMeters);
        Assert.Equal("3FOF8", state.Registration?.CallSign);
        Assert.Equal(9134270u, state.Registration?.Imo);
        Assert.Equal("NEW YORK", state.Voyage?.Destination);
        Assert.Equal(12.2, state.Voyage?.DraughtMeters);
        Assert.Equal((5, 15, 14, 0), (state.Voyage?.EtaMonth, state.Voyage?.EtaDay, state.Voyage?.EtaHour, state.Voyage?.EtaMinute));
        Assert.Equal("PAN", state.Flag?.Country.Code);
        Assert.Equal(5, state.Voyage?.Provenance.MessageType);
        Assert.Null(state.Position);
    }

    [Fact]
    public void A_later_position_report_merges_with_the_static_data()
    {
        var report = new PositionReportClassA(1, 0, 351759000, 0, 0, 123, true, (int)(-74.0372 * 600_000), (int)(40.5 * 600_000),
            2240, 215, 33, 0, 0, false, 0);
        DateTimeOffset heard = Start.AddMinutes(5);

        _picture.Apply(in report, "station-7", TestLabels.Shared, heard);

        VesselState state = _picture.Find(351759000)!;
        Assert.Equal("EVER DIADEM", state.Name?.Name);
        Assert.Equal(40.5, state.Position!.Latitude, 6);
        Assert.Equal(12.3, state.Position.SpeedKnots);
        Assert.Equal(new Provenance(1, "station-7", heard, TestLabels.Shared), state.Position.Provenance);
        Assert.Equal(5, state.Name!.Provenance.MessageType);
        Assert.Equal(heard, state.LastReceivedAt);
    }

    [Fact]
    public void Type_24_parts_A_and_B_merge_into_one_class_B_vessel()
    {
        // gpsdecode -s: 271041815 part A shipname PROGUY; part B shiptype 60, callsign TC6163, bow 0 stern 15 port 0 starboard 5.
        VesselState state = _picture.Find(271041815)!;
        Assert.Equal(VesselClass.ClassB, state.Class);
        Assert.Equal("PROGUY", state.Name?.Name);
        Assert.Equal(60, state.Particulars?.ShipType);
        Assert.Equal(15, state.Particulars?.LengthMeters);
        Assert.Equal(5, state.Particulars?.BeamMeters);
        Assert.Equal("TC6163", state.Registration?.CallSign);
        Assert.Equal(24, state.Registration?.Provenance.MessageType);
        Assert.Equal("TUR", state.Flag?.Country.Code);
    }

    [Fact]
    public void Type_19_gives_position_and_static_fields_at_once()
    {
        // gpsdecode -u: 367059850 speed 87, lon -53286235, lat 17726217, course 3359, CAPT.J.RIMES, shiptype 70, 5+21 x 4+4.
        VesselState state = _picture.Find(367059850)!;
        Assert.Equal(VesselClass.ClassB, state.Class);
        Assert.Equal(17726217 / 600_000.0, state.Position!.Latitude, 9);
        Assert.Equal(-53286235 / 600_000.0, state.Position.Longitude, 9);
        Assert.Equal(8.7, state.Position.SpeedKnots);
        Assert.Equal(335.9, state.Position.CourseDegrees);
        Assert.Equal("CAPT.J.RIMES", state.Name?.Name);
        Assert.Equal(26, state.Particulars?.LengthMeters);
        Assert.Equal(19, state.Particulars?.Provenance.MessageType);
    }

    [Fact]
    public void Type_9_is_a_SAR_aircraft_with_altitude_and_flag_from_111MIDxxx()
    {
        // gpsdecode -u: 111265591 alt 15, lon 7128960, lat 34667073.
        VesselState state = _picture.Find(111265591)!;
        Assert.Equal(VesselClass.SarAircraft, state.Class);
        Assert.Equal(MmsiKind.SarAircraft, state.Identity.Kind);
        Assert.Equal("SWE", state.Flag?.Country.Code);
        Assert.Equal(15, state.Position?.AltitudeMeters);
        Assert.Equal(34667073 / 600_000.0, state.Position!.Latitude, 9);
    }

    [Fact]
    public void Type_21_is_an_aid_to_navigation_with_its_full_name()
    {
        // gpsdecode -u: 4000003 aid_type 30, IBC G BUOY, lon 75943336, lat 22448680, 2+2 x 2+2.
        VesselState state = _picture.Find(4000003)!;
        Assert.Equal(VesselClass.AidToNavigation, state.Class);
        Assert.Equal("IBC G BUOY", state.Name?.Name);
        Assert.Equal(30, state.Particulars?.AidType);
        Assert.Equal(75943336 / 600_000.0, state.Position!.Longitude, 9);
    }

    [Fact]
    public void Type_27_gives_a_coarse_position_with_status()
    {
        // gpsdecode -u: 206914217 status 2, lon 82214, lat 2904 (1/10 minute), speed 57, course 167.
        VesselState state = _picture.Find(206914217)!;
        Assert.Equal(2904 / 600.0, state.Position!.Latitude, 9);
        Assert.Equal(82214 / 600.0, state.Position.Longitude, 9);
        Assert.Equal(57, state.Position.SpeedKnots);
        Assert.Equal(2, state.Position.NavigationStatus);
        Assert.Equal(27, state.Position.Provenance.MessageType);
    }

    [Fact]
    public void An_older_position_does_not_replace_a_newer_one()
    {
        var newer = new PositionReportClassB(18, 0, 563000001, 0, 100, false, 62_400_000, 780_000, 900, 90, 10, 0, true, false,
            false, false, false, false, false, 0);
        PositionReportClassB older = newer with { LatitudeRaw = 900_000 };
        _picture.Apply(in newer, null, TestLabels.Shared, Start.AddMinutes(2));

        Assert.Null(_picture.Apply(in older, null, TestLabels.Shared, Start.AddMinutes(1)));

        Assert.Equal(1.3, _picture.Find(563000001)!.Position!.Latitude, 9);
    }

    [Fact]
    public void Messages_without_vessel_state_and_invalid_MMSIs_are_ignored()
    {
        var baseStationShip = new PositionReportClassA(1, 0, 123456789, 0, 0, 0, false, 0, 0, 0, 0, 0, 0, 0, false, 0);
        var inquiry = new UtcDateInquiry(10, 0, 431000001, 0, 431000002, 0, AisBinaryData.Empty);

        Assert.Null(_picture.Apply(in baseStationShip, null, TestLabels.Shared, Start));
        Assert.Null(_picture.Apply(in inquiry, null, TestLabels.Shared, Start));
        Assert.Null(_picture.Find(123456789));
        Assert.Null(_picture.Find(431000001));
    }

    [Fact]
    public void Data_from_differently_labelled_feeds_is_released_only_where_both_are()
    {
        var report = new PositionReportClassA(1, 0, 351759000, 0, 0, 123, true, 0, 0, 2240, 215, 33, 0, 0, false, 0);

        _picture.Apply(in report, null, TestLabels.JapanOnly, Start.AddMinutes(1));

        VesselState state = _picture.Find(351759000)!;
        Assert.Equal(Concert.Sharing.Classification.Restricted, state.Label.Classification);
        Assert.Equal(["JPN"], state.Label.ReleasableToNations.ToArray().Select(nation => nation.Code));
    }

    [Fact]
    public void Every_vessel_sentence_of_the_sample_lands_in_the_picture()
    {
        var picture = new MaritimePicture(PictureOptions.Default with { TimeProvider = _clock });
        var encoder = new AisSentenceEncoder();
        var report = new PositionReportClassA(1, 0, 431000123, 0, 0, 55, false, 83_400_000, 21_000_000, 900, 90, 1, 0, 0, false, 0);

        PictureFeeding.Feed(picture, encoder.Encode(report), TestLabels.Shared);

        Assert.Equal(35.0, picture.Find(431000123)!.Position!.Latitude, 9);
        Assert.Equal(Start, picture.Find(431000123)!.Position!.Provenance.ReceivedAt);
    }
}
