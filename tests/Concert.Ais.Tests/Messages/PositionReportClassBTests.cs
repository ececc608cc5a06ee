using Concert.Ais.Messages;
using Concert.Ais.Tests.Generators;

namespace Concert.Ais.Tests.Messages;

public sealed class PositionReportClassBTests
{
    // gpsd's sample.aivdm; expected values from its -u -s -j recording and gpsdecode -j.
    private const string Sentence = "!AIVDM,1,1,,A,B52K>;h00Fc>jpUlNV@ikwpUoP06,0*4C";

    private static TestPayloads.Payload Sample => TestPayloads.FromSentences([Sentence]);

    [Fact]
    public void Decodes_gpsds_sample_in_real_units()
    {
        var report = Assert.IsType<PositionReportClassB>(TestPayloads.DecodeSentences([Sentence]));
        Assert.Equal((338087471u, 0.1, 79.6), (report.Mmsi, report.SpeedKnots, report.CourseDegrees));
        Assert.Equal(-74.072132, report.Longitude!.Value, 6);
        Assert.Equal(40.68454, report.Latitude!.Value, 6);
        Assert.Null(report.HeadingDegrees);
        Assert.Equal((true, false, true, true, true, true), (report.CarrierSense, report.Display, report.Dsc, report.Band, report.Msg22, report.Raim));
        Assert.Equal(917510, report.Radio);
    }

    [Fact]
    public void Writes_gpsdecodes_scaled_line()
    {
        const string Gpsd = """{"class":"AIS","device":"stdin","type":18,"repeat":0,"mmsi":338087471,"scaled":true,"reserved":0,"speed":0.1,"accuracy":false,"lon":-74.072132,"lat":40.684540,"course":79.6,"heading":511,"second":49,"regional":0,"cs":true,"display":false,"dsc":true,"band":true,"msg22":true,"raim":true,"radio":917510}""";
        Assert.Equal(Gpsd, TestPayloads.GpsdLine(TestPayloads.DecodeSentences([Sentence]), scaled: true));
    }

    [Fact]
    public void Not_available_codes_map_to_null()
    {
        var report = new PositionReportClassB(18, 0, 1, 0, 1023, false, 181 * 600_000, 91 * 600_000, 3600, 511, 60, 0, true, false, false, false, false, false, false, 0);
        Assert.Null(report.SpeedKnots);
        Assert.Null(report.Longitude);
        Assert.Null(report.Latitude);
        Assert.Null(report.CourseDegrees);
        Assert.Null(report.HeadingDegrees);
    }

    [Fact]
    public void Rejects_messages_shorter_than_168_bits() =>
        Assert.Equal(AisDecodeStatus.WrongBitLength, TestPayloads.TryDecode(TestPayloads.WithLength(Sample, 167), out PositionReportClassB _));

    [Fact]
    public void Random_reports_encode_and_decode_to_themselves() =>
        TestPayloads.AssertRoundTrips(VesselMessageGenerators.PositionReportClassB());

    [Fact]
    public void Decoding_through_the_dispatch_table_allocates_nothing() =>
        Assert.Equal(0, DecodeAllocations.Measure(Sample, 1000));
}
