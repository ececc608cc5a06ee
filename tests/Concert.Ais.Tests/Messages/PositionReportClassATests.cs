using Concert.Ais.Messages;
using Concert.Ais.Tests.Generators;

namespace Concert.Ais.Tests.Messages;

public sealed class PositionReportClassATests
{
    // gpsd's sample.aivdm; expected values from its -u -s -j recording and gpsdecode -j.
    private const string Sentence = "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A";

    private static TestPayloads.Payload Sample => TestPayloads.FromSentences([Sentence]);

    [Fact]
    public void Decodes_gpsds_sample_in_real_units()
    {
        var report = Assert.IsType<PositionReportClassA>(TestPayloads.DecodeSentences([Sentence]));
        Assert.Equal((1, 371798000u, 123, -74037230, 29028980), (report.MessageType, report.Mmsi, report.SpeedRaw, report.LongitudeRaw, report.LatitudeRaw));
        Assert.Equal(12.3, report.SpeedKnots);
        Assert.Equal(-123.395383, report.Longitude!.Value, 6);
        Assert.Equal(48.381633, report.Latitude!.Value, 6);
        Assert.Equal(224.0, report.CourseDegrees);
        Assert.Equal(215, report.HeadingDegrees);
        Assert.Null(report.TurnDegreesPerMinute); // -127: turning left faster than 5° per 30 s, rate unknown
        Assert.Equal((34017, 19), (report.Radio, report.RadioBits));
    }

    [Fact]
    public void Writes_gpsdecodes_scaled_line()
    {
        // gpsdecode -j (gpsd 3.22) on the same sentence.
        const string Gpsd = """{"class":"AIS","device":"stdin","type":1,"repeat":0,"mmsi":371798000,"scaled":true,"status":0,"status_text":"Under way using engine","turn":"fastleft","speed":12.3,"accuracy":true,"lon":-123.395383,"lat":48.381633,"course":224.0,"heading":215,"second":33,"maneuver":0,"raim":false,"radio":34017}""";
        Assert.Equal(Gpsd, TestPayloads.GpsdLine(TestPayloads.DecodeSentences([Sentence]), scaled: true));
    }

    [Theory]
    [InlineData(-128, 1023, "\"turn\":\"nan\",\"speed\":\"nan\"")]
    [InlineData(127, 1022, "\"turn\":\"fastright\",\"speed\":\"fast\"")]
    [InlineData(-50, 55, "\"turn\":112,\"speed\":5.5")] // gpsd squares raw / 4.733 and so drops the sign
    [InlineData(10, 0, "\"turn\":4,\"speed\":0.0")]
    public void Scaled_turn_and_speed_follow_gpsd(int turn, int speed, string expected)
    {
        // Expected texts from gpsdecode -j on the sample with these fields changed.
        var report = new PositionReportClassA(1, 0, 1, 0, turn, speed, false, 0, 0, 0, 0, 0, 0, 0, false, 0);
        Assert.Contains(expected, TestPayloads.GpsdLine(report, scaled: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Not_available_codes_map_to_null()
    {
        var report = new PositionReportClassA(1, 0, 1, 15, -128, 1023, false, 181 * 600_000, 91 * 600_000, 3600, 511, 60, 0, 0, false, 0);
        Assert.Null(report.SpeedKnots);
        Assert.Null(report.Longitude);
        Assert.Null(report.Latitude);
        Assert.Null(report.CourseDegrees);
        Assert.Null(report.HeadingDegrees);
        Assert.Null(report.TurnDegreesPerMinute);
    }

    [Fact]
    public void Turn_indicator_converts_to_degrees_per_minute_with_its_sign()
    {
        var report = new PositionReportClassA(1, 0, 1, 0, -50, 0, false, 0, 0, 0, 0, 0, 0, 0, false, 0);
        Assert.Equal(-Math.Pow(50 / 4.733, 2), report.TurnDegreesPerMinute!.Value, 9);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(38)]
    [InlineData(162)]
    public void Rejects_messages_shorter_than_gpsd_accepts(int bits)
    {
        Assert.Equal(AisDecodeStatus.WrongBitLength, TestPayloads.TryDecode(TestPayloads.WithLength(Sample, bits), out PositionReportClassA _));
    }

    [Theory]
    [InlineData(163, 1063)] // gpsdecode -u -j on the sample cut to 163 bits reads a 14-bit radio field: 1063
    [InlineData(165, 4252)] // ... and to 165 bits a 16-bit one: 4252
    public void Short_messages_read_the_radio_field_right_aligned_as_gpsd_does(int bits, int gpsdRadio)
    {
        Assert.Equal(AisDecodeStatus.Ok, TestPayloads.TryDecode(TestPayloads.WithLength(Sample, bits), out PositionReportClassA report));
        Assert.Equal((gpsdRadio, bits - 149), (report.Radio, report.RadioBits));
        Assert.Equal(bits, TestPayloads.Encode(report).BitLength);
    }

    [Fact]
    public void Longer_messages_decode_as_168_bits()
    {
        TestPayloads.TryDecode(Sample, out PositionReportClassA expected);
        Assert.Equal(AisDecodeStatus.Ok, TestPayloads.TryDecode(TestPayloads.WithLength(Sample, 174, fill: true), out PositionReportClassA report));
        Assert.Equal(expected, report);
    }

    [Fact]
    public void Random_reports_encode_and_decode_to_themselves() =>
        TestPayloads.AssertRoundTrips(VesselMessageGenerators.PositionReportClassA());

    [Fact]
    public void Decoding_through_the_dispatch_table_allocates_nothing() =>
        Assert.Equal(0, DecodeAllocations.Measure(Sample, 1000));
}
