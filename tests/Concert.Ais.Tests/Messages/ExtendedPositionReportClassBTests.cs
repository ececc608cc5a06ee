using Concert.Ais.Messages;
using Concert.Ais.Tests.Generators;

namespace Concert.Ais.Tests.Messages;

public sealed class ExtendedPositionReportClassBTests
{
    // gpsd's sample.aivdm; expected values from its -u -s -j recording and gpsdecode -j.
    private const string Sentence = "!AIVDM,1,1,,B,C5N3SRgPEnJGEBT>NhWAwwo862PaLELTBJ:V00000000S0D:R220,0*0B";

    [Fact]
    public void Decodes_gpsds_sample_in_real_units()
    {
        var report = Assert.IsType<ExtendedPositionReportClassB>(TestPayloads.DecodeSentences([Sentence]));
        Assert.Equal((367059850u, 248, 8.7, 335.9), (report.Mmsi, report.Reserved, report.SpeedKnots, report.CourseDegrees));
        Assert.Equal(-88.810392, report.Longitude!.Value, 6);
        Assert.Equal(29.543695, report.Latitude!.Value, 6);
        Assert.Null(report.HeadingDegrees);
        Assert.Equal(("CAPT.J.RIMES", 70, 4), (report.ShipName, report.ShipType, report.Regional));
        Assert.Equal((26, 8), (report.Dimensions.LengthMeters, report.Dimensions.BeamMeters));
        Assert.Equal(1, report.Epfd);
    }

    [Fact]
    public void Writes_gpsdecodes_scaled_line()
    {
        const string Gpsd = """{"class":"AIS","device":"stdin","type":19,"repeat":0,"mmsi":367059850,"scaled":true,"reserved":248,"speed":8.7,"accuracy":false,"lon":-88.810392,"lat":29.543695,"course":335.9,"heading":511,"second":46,"regional":4,"shipname":"CAPT.J.RIMES","shiptype":70,"shiptype_text":"Cargo - all ships of this type","to_bow":5,"to_stern":21,"to_port":4,"to_starboard":4,"epfd":1,"epfd_text":"GPS","raim":false,"dte":0,"assigned":false}""";
        Assert.Equal(Gpsd, TestPayloads.GpsdLine(TestPayloads.DecodeSentences([Sentence]), scaled: true));
    }

    [Fact]
    public void Not_available_codes_map_to_null()
    {
        var report = new ExtendedPositionReportClassB(19, 0, 1, 0, 1023, false, 181 * 600_000, 91 * 600_000, 3600, 511, 60, 0, "", 0, default, 0, false, false, false, 0);
        Assert.Null(report.SpeedKnots);
        Assert.Null(report.Longitude);
        Assert.Null(report.Latitude);
        Assert.Null(report.CourseDegrees);
        Assert.Null(report.HeadingDegrees);
        Assert.Null(report.Dimensions.LengthMeters);
    }

    [Fact]
    public void Rejects_messages_shorter_than_312_bits()
    {
        TestPayloads.Payload sample = TestPayloads.FromSentences([Sentence]);
        Assert.Equal(AisDecodeStatus.WrongBitLength, TestPayloads.TryDecode(TestPayloads.WithLength(sample, 311), out ExtendedPositionReportClassB _));
        Assert.Equal(AisDecodeStatus.WrongBitLength, TestPayloads.TryDecode(TestPayloads.WithLength(sample, 168), out ExtendedPositionReportClassB _));
    }

    [Fact]
    public void Random_reports_encode_and_decode_to_themselves() =>
        TestPayloads.AssertRoundTrips(VesselMessageGenerators.ExtendedPositionReportClassB());
}
