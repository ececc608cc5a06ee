using Concert.Ais.Messages;
using Concert.Ais.Tests.Generators;

namespace Concert.Ais.Tests.Messages;

public sealed class StaticDataReportPartATests
{
    // gpsd's sample.aivdm; expected values from its -u -s -j recording.
    private const string Sentence = "!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D";

    [Fact]
    public void Decodes_gpsds_sample()
    {
        var part = Assert.IsType<StaticDataReportPartA>(TestPayloads.DecodeSentences([Sentence]));
        Assert.Equal((271041815u, "PROGUY", 0), (part.Mmsi, part.ShipName, part.SpareBits));
        Assert.Equal(
            """{"class":"AIS","device":"stdin","type":24,"repeat":0,"mmsi":271041815,"scaled":false,"part":"A","shipname":"PROGUY"}""",
            TestPayloads.GpsdLine(part, scaled: false));
    }

    [Theory]
    [InlineData(159, AisDecodeStatus.WrongBitLength)]
    [InlineData(160, AisDecodeStatus.Ok)]
    [InlineData(168, AisDecodeStatus.Ok)]
    [InlineData(169, AisDecodeStatus.WrongBitLength)]
    public void Accepts_160_to_168_bits_as_gpsd_does(int bits, AisDecodeStatus expected)
    {
        TestPayloads.Payload sample = TestPayloads.FromSentences([Sentence]);
        Assert.Equal(expected, TestPayloads.TryDecode(TestPayloads.WithLength(sample, bits), out StaticDataReportPartA _));
    }

    [Fact]
    public void Rejects_a_part_B_payload()
    {
        TestPayloads.Payload partB = TestPayloads.FromSentences(["!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40"]);
        Assert.Equal(AisDecodeStatus.UnknownType, TestPayloads.TryDecode(partB, out StaticDataReportPartA _));
    }

    [Fact]
    public void Random_parts_encode_and_decode_to_themselves() =>
        TestPayloads.AssertRoundTrips(VesselMessageGenerators.StaticDataReportPartA());
}
