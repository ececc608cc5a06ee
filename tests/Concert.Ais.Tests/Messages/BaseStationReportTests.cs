using Concert.Ais.Messages;
using Concert.Ais.Tests.Generators;

namespace Concert.Ais.Tests.Messages;

public sealed class BaseStationReportTests
{
    // gpsd's sample.aivdm; expected values from its -u -s -j recording and gpsdecode -j.
    private const string Sentence = "!AIVDM,1,1,,A,403OviQuMGCqWrRO9>E6fE700@GO,0*4D";

    [Fact]
    public void Decodes_gpsds_sample_in_real_units()
    {
        var report = Assert.IsType<BaseStationReport>(TestPayloads.DecodeSentences([Sentence]));
        Assert.Equal(new DateTime(2007, 5, 14, 19, 57, 39, DateTimeKind.Utc), report.Timestamp);
        Assert.Equal(-76.352362, report.Longitude!.Value, 6);
        Assert.Equal(36.883767, report.Latitude!.Value, 6);
        Assert.Equal(7, report.Epfd);
        Assert.True(report.Accuracy);
        Assert.Null(report.SpeedKnots);
        Assert.Null(report.CourseDegrees);
        Assert.Null(report.HeadingDegrees);
    }

    [Fact]
    public void Decodes_type_11_with_the_same_layout()
    {
        var report = Assert.IsType<BaseStationReport>(TestPayloads.DecodeSentences(["!AIVDM,1,1,,B,;4R33:1uUK2F`q?mOt@@GoQ00000,0*5D"]));
        Assert.Equal((11, 304137000u), (report.MessageType, report.Mmsi));
        Assert.Equal(new DateTime(2009, 5, 22, 2, 22, 40, DateTimeKind.Utc), report.Timestamp);
    }

    [Fact]
    public void Writes_gpsdecodes_scaled_line()
    {
        const string Gpsd = """{"class":"AIS","device":"stdin","type":4,"repeat":0,"mmsi":3669702,"scaled":true,"timestamp":"2007-05-14T19:57:39Z","accuracy":true,"lon":-76.352362,"lat":36.883767,"epfd":7,"epfd_text":"Surveyed","raim":false,"radio":67039}""";
        Assert.Equal(Gpsd, TestPayloads.GpsdLine(TestPayloads.DecodeSentences([Sentence]), scaled: true));
    }

    [Theory]
    [InlineData("!AIVDM,1,1,,A,402Fha0000Htt<tSF0l4Q@000d20,0*65")] // 0000-00-00T24:60:60Z, 181°, 91°
    [InlineData("!AIVDM,1,1,,B,4028n@iuiPpttwIWI<Hl>8700PS:,0*60")] // 2012-06-01T24:60:60Z
    public void Not_available_parts_give_no_timestamp(string sentence)
    {
        var report = Assert.IsType<BaseStationReport>(TestPayloads.DecodeSentences([sentence]));
        Assert.Null(report.Timestamp);
    }

    [Fact]
    public void Not_available_position_maps_to_null()
    {
        var report = Assert.IsType<BaseStationReport>(TestPayloads.DecodeSentences(["!AIVDM,1,1,,A,402Fha0000Htt<tSF0l4Q@000d20,0*65"]));
        Assert.Null(report.Longitude);
        Assert.Null(report.Latitude);
    }

    [Fact]
    public void An_impossible_date_gives_no_timestamp()
    {
        var report = new BaseStationReport(4, 0, 1, 2023, 2, 30, 12, 0, 0, false, 0, 0, 1, 0, false, 0);
        Assert.Null(report.Timestamp);
    }

    [Fact]
    public void Rejects_messages_shorter_than_168_bits_and_reads_longer_ones()
    {
        TestPayloads.Payload sample = TestPayloads.FromSentences([Sentence]);
        Assert.Equal(AisDecodeStatus.WrongBitLength, TestPayloads.TryDecode(TestPayloads.WithLength(sample, 167), out BaseStationReport _));
        TestPayloads.TryDecode(sample, out BaseStationReport expected);
        Assert.Equal(AisDecodeStatus.Ok, TestPayloads.TryDecode(TestPayloads.WithLength(sample, 200, fill: true), out BaseStationReport longer));
        Assert.Equal(expected, longer);
    }

    [Fact]
    public void Random_reports_encode_and_decode_to_themselves() =>
        TestPayloads.AssertRoundTrips(VesselMessageGenerators.BaseStationReport());
}
