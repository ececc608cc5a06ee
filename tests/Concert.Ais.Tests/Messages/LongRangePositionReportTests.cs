using Concert.Ais.Messages;
using Concert.Ais.Tests.Generators;

namespace Concert.Ais.Tests.Messages;

public sealed class LongRangePositionReportTests
{
    // gpsd's sample.aivdm; expected values from its -u -s -j recording and gpsdecode -j.
    private const string Sentence = "!AIVDM,1,1,,A,KCQ9r=hrFUnH7P00,0*41";

    private static TestPayloads.Payload Sample => TestPayloads.FromSentences([Sentence]);

    [Fact]
    public void Decodes_gpsds_sample_in_real_units()
    {
        var report = Assert.IsType<LongRangePositionReport>(TestPayloads.DecodeSentences([Sentence]));
        Assert.Equal((236091959u, 1, 3), (report.Mmsi, report.Repeat, report.Status));
        Assert.Equal(-92521 / 600.0, report.Longitude);
        Assert.Equal(52239 / 600.0, report.Latitude);
        Assert.Equal((0.0, 0.0), (report.SpeedKnots, report.CourseDegrees));
        Assert.False(report.FullSlot);
    }

    [Fact]
    public void Writes_gpsdecodes_scaled_line_with_the_status_as_text()
    {
        const string Gpsd = """{"class":"AIS","device":"stdin","type":27,"repeat":1,"mmsi":236091959,"scaled":true,"status":"Restricted manoeuverability","accuracy":false,"lon":-154.2,"lat":87.1,"speed":0,"course":0,"raim":false,"gnss":false}""";
        Assert.Equal(Gpsd, TestPayloads.GpsdLine(TestPayloads.DecodeSentences([Sentence]), scaled: true));
    }

    [Fact]
    public void Not_available_codes_map_to_null()
    {
        var report = new LongRangePositionReport(27, 0, 1, false, false, 15, 181 * 600, 91 * 600, 63, 511, false, false, false);
        Assert.Null(report.Longitude);
        Assert.Null(report.Latitude);
        Assert.Null(report.SpeedKnots);
        Assert.Null(report.CourseDegrees);
        Assert.Null(report.HeadingDegrees);
    }

    [Theory]
    [InlineData(95, AisDecodeStatus.WrongBitLength)]
    [InlineData(96, AisDecodeStatus.Ok)]
    [InlineData(97, AisDecodeStatus.WrongBitLength)]
    [InlineData(167, AisDecodeStatus.WrongBitLength)]
    [InlineData(168, AisDecodeStatus.Ok)]
    [InlineData(169, AisDecodeStatus.WrongBitLength)]
    public void Accepts_96_or_168_bits_as_gpsd_does(int bits, AisDecodeStatus expected) =>
        Assert.Equal(expected, TestPayloads.TryDecode(TestPayloads.WithLength(Sample, bits), out LongRangePositionReport _));

    [Fact]
    public void A_full_slot_message_encodes_back_to_168_bits()
    {
        TestPayloads.TryDecode(TestPayloads.WithLength(Sample, 168), out LongRangePositionReport report);
        Assert.True(report.FullSlot);
        Assert.Equal(168, TestPayloads.Encode(report).BitLength);
    }

    [Fact]
    public void Random_reports_encode_and_decode_to_themselves() =>
        TestPayloads.AssertRoundTrips(VesselMessageGenerators.LongRangePositionReport());
}
