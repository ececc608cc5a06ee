using Concert.Ais.Messages;
using Concert.Ais.Tests.Generators;

namespace Concert.Ais.Tests.Messages;

public sealed class SarAircraftPositionReportTests
{
    // gpsd's sample.aivdm; expected values from its -u -s -j recording and gpsdecode -j.
    private const string Sentence = "!AIVDM,1,1,,B,91b55wi;hbOS@OdQAC062Ch2089h,0*30";

    [Fact]
    public void Decodes_gpsds_sample_in_real_units()
    {
        var report = Assert.IsType<SarAircraftPositionReport>(TestPayloads.DecodeSentences([Sentence]));
        Assert.Equal((111232511u, 303, 42.0), (report.Mmsi, report.AltitudeMeters, report.SpeedKnots));
        Assert.Equal(-6.278843, report.Longitude!.Value, 6);
        Assert.Equal(58.144, report.Latitude!.Value, 6);
        Assert.Equal(154.5, report.CourseDegrees);
        Assert.True(report.Dte);
        Assert.Null(report.HeadingDegrees);
    }

    [Fact]
    public void Writes_gpsdecodes_scaled_line()
    {
        const string Gpsd = """{"class":"AIS","device":"stdin","type":9,"repeat":0,"mmsi":111232511,"scaled":true,"alt":303,"speed":42,"accuracy":false,"lon":-6.278843,"lat":58.144000,"course":154.5,"second":15,"regional":0,"dte":1,"raim":false,"radio":33392}""";
        Assert.Equal(Gpsd, TestPayloads.GpsdLine(TestPayloads.DecodeSentences([Sentence]), scaled: true));
    }

    [Fact]
    public void Not_available_codes_map_to_null_and_print_as_gpsd_does()
    {
        var report = new SarAircraftPositionReport(9, 0, 1, 4095, 1023, false, 181 * 600_000, 91 * 600_000, 3600, 60, 0, false, 0, false, false, 0);
        Assert.Null(report.AltitudeMeters);
        Assert.Null(report.SpeedKnots);
        Assert.Null(report.Longitude);
        Assert.Null(report.Latitude);
        Assert.Null(report.CourseDegrees);
        Assert.Contains("\"alt\":\"nan\",\"speed\":\"nan\"", TestPayloads.GpsdLine(report, scaled: true), StringComparison.Ordinal);
        var ceiling = report with { AltitudeRaw = 4094, SpeedRaw = 1022 };
        Assert.Equal(4094, ceiling.AltitudeMeters);
        Assert.Contains("\"alt\":\"high\",\"speed\":\"fast\"", TestPayloads.GpsdLine(ceiling, scaled: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_messages_shorter_than_168_bits()
    {
        TestPayloads.Payload sample = TestPayloads.FromSentences([Sentence]);
        Assert.Equal(AisDecodeStatus.WrongBitLength, TestPayloads.TryDecode(TestPayloads.WithLength(sample, 167), out SarAircraftPositionReport _));
    }

    [Fact]
    public void Random_reports_encode_and_decode_to_themselves() =>
        TestPayloads.AssertRoundTrips(VesselMessageGenerators.SarAircraftPositionReport());
}
