using Concert.Ais.Bits;
using Concert.Ais.Messages;
using Concert.Ais.Tests.Generators;

namespace Concert.Ais.Tests.Messages;

public sealed class StaticDataReportPartBTests
{
    // gpsd's sample.aivdm; expected values from its -u -s -j recording.
    private const string Sentence = "!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40";

    [Fact]
    public void Decodes_gpsds_sample()
    {
        var part = Assert.IsType<StaticDataReportPartB>(TestPayloads.DecodeSentences([Sentence]));
        Assert.Equal((60, "1D00014", "1D0", 12, 199796), (part.ShipType, part.VendorId, part.Manufacturer, part.Model, part.Serial));
        Assert.Equal("TC6163", part.CallSign);
        Assert.Equal(new ShipDimensions(0, 15, 0, 5), part.Dimensions);
        Assert.False(part.IsAuxiliaryCraft);
        Assert.Null(part.MothershipMmsi);
        Assert.Equal(
            """{"class":"AIS","device":"stdin","type":24,"repeat":0,"mmsi":271041815,"scaled":false,"part":"B","shiptype":60,"shiptype_text":"Passenger - all ships of this type","vendorid":"1D00014","model":12,"serial":199796,"callsign":"TC6163","to_bow":0,"to_stern":15,"to_port":0,"to_starboard":5}""",
            TestPayloads.GpsdLine(part, scaled: false));
    }

    [Fact]
    public void An_auxiliary_craft_names_its_mother_ship_as_gpsd_prints_it()
    {
        // The sample with MMSI 981234567 and mother ship 123456789 in the dimension bits; expected line from
        // gpsdecode -u -s -j on that sentence.
        const string AuxiliarySentence = "!AIVDM,1,1,,A,H>WikQlti4hhhilD3nink07FtlE0,0*25";
        const string Gpsd = """{"class":"AIS","device":"stdin","type":24,"repeat":0,"mmsi":981234567,"scaled":false,"part":"B","shiptype":60,"shiptype_text":"Passenger - all ships of this type","vendorid":"1D00014","model":12,"serial":199796,"callsign":"TC6163","mothership_mmsi":123456789}""";
        var part = Assert.IsType<StaticDataReportPartB>(TestPayloads.DecodeSentences([AuxiliarySentence]));
        Assert.True(part.IsAuxiliaryCraft);
        Assert.Equal(123456789u, part.MothershipMmsi);
        Assert.Equal(Gpsd, TestPayloads.GpsdLine(part, scaled: false));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void The_dispatch_table_rejects_undefined_part_numbers(int partNumber)
    {
        TestPayloads.Payload payload = TestPayloads.FromSentences([Sentence]);
        var writer = new AisBitWriter();
        writer.Bits(0, payload.Packed, payload.BitLength);
        writer.UInt(38, 2, (uint)partNumber);
        Assert.Equal(AisDecodeStatus.UnknownType, TestPayloads.Decode(new TestPayloads.Payload([.. writer.Packed, .. new byte[16]], writer.BitLength), out _));
    }

    [Fact]
    public void Rejects_messages_shorter_than_168_bits()
    {
        TestPayloads.Payload sample = TestPayloads.FromSentences([Sentence]);
        Assert.Equal(AisDecodeStatus.WrongBitLength, TestPayloads.TryDecode(TestPayloads.WithLength(sample, 167), out StaticDataReportPartB _));
    }

    [Fact]
    public void Random_parts_encode_and_decode_to_themselves() =>
        TestPayloads.AssertRoundTrips(VesselMessageGenerators.StaticDataReportPartB());
}
