using Concert.Ais.Messages;
using Concert.Ais.Tests.Generators;

namespace Concert.Ais.Tests.Messages;

public sealed class StaticAndVoyageDataTests
{
    // gpsd's sample.aivdm; expected values from its -u -s -j recording and gpsdecode -j.
    private static readonly string[] Sentences =
    [
        "!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C",
        "!AIVDM,2,2,1,A,88888888880,2*25",
    ];

    [Fact]
    public void Decodes_gpsds_sample_in_real_units()
    {
        var data = Assert.IsType<StaticAndVoyageData>(TestPayloads.DecodeSentences(Sentences));
        Assert.Equal((9134270u, "3FOF8", "EVER DIADEM", 70), (data.Imo, data.CallSign, data.ShipName, data.ShipType));
        Assert.Equal(new ShipDimensions(225, 70, 1, 31), data.Dimensions);
        Assert.Equal((295, 32), (data.Dimensions.LengthMeters, data.Dimensions.BeamMeters));
        Assert.Equal((5, 15, 14, 0), (data.EtaMonth, data.EtaDay, data.EtaHour, data.EtaMinute));
        Assert.Equal(12.2, data.DraughtMeters);
        Assert.Equal("NEW YORK", data.Destination);
        Assert.False(data.Dte);
    }

    [Fact]
    public void Writes_gpsdecodes_scaled_line()
    {
        const string Gpsd = """{"class":"AIS","device":"stdin","type":5,"repeat":0,"mmsi":351759000,"scaled":true,"imo":9134270,"ais_version":0,"callsign":"3FOF8","shipname":"EVER DIADEM","shiptype":70,"shiptype_text":"Cargo - all ships of this type","to_bow":225,"to_stern":70,"to_port":1,"to_starboard":31,"epfd":1,"epfd_text":"GPS","eta":"05-15T14:00Z","draught":12.2,"destination":"NEW YORK","dte":0}""";
        Assert.Equal(Gpsd, TestPayloads.GpsdLine(TestPayloads.DecodeSentences(Sentences), scaled: true));
    }

    [Fact]
    public void Not_available_codes_map_to_null()
    {
        var data = new StaticAndVoyageData(5, 0, 1, 0, 0, "", "", 0, new ShipDimensions(0, 0, 0, 0), 0, 0, 0, 24, 60, 0, "", false, false);
        Assert.Null(data.Imo);
        Assert.Null(data.DraughtMeters);
        Assert.Null(data.EtaMonth);
        Assert.Null(data.EtaDay);
        Assert.Null(data.EtaHour);
        Assert.Null(data.EtaMinute);
        Assert.Null(data.Dimensions.LengthMeters);
        Assert.Null(data.Dimensions.BeamMeters);
    }

    [Theory]
    [InlineData(420, "11111111111111111110", false)]
    [InlineData(421, "11111111111111111110", false)]
    [InlineData(422, "11111111111111111111", false)]
    [InlineData(423, "11111111111111111111", true)]
    public void Short_messages_read_the_cut_destination_as_gpsd_does(int bits, string gpsdDestination, bool gpsdDte)
    {
        // gpsdecode -u -j on a type 5 whose destination is twenty '1' (six-bit 110001) and DTE 1, cut to these lengths:
        // the missing low bits of the last character read as zero, turning '1' into '0'.
        var full = new StaticAndVoyageData(5, 0, 351759000, 0, 0, "", "", 0, default, 0, 0, 0, 24, 60, 0, new string('1', 20), true, false);
        TestPayloads.Payload cut = TestPayloads.WithLength(TestPayloads.Encode(full), bits);
        Assert.Equal(AisDecodeStatus.Ok, TestPayloads.TryDecode(cut, out StaticAndVoyageData data));
        Assert.Equal((gpsdDestination, gpsdDte), (data.Destination, data.Dte));
    }

    [Fact]
    public void Rejects_messages_shorter_than_420_bits()
    {
        TestPayloads.Payload sample = TestPayloads.FromSentences(Sentences);
        Assert.Equal(AisDecodeStatus.WrongBitLength, TestPayloads.TryDecode(TestPayloads.WithLength(sample, 419), out StaticAndVoyageData _));
        Assert.Equal(AisDecodeStatus.WrongBitLength, TestPayloads.TryDecode(TestPayloads.WithLength(sample, 168), out StaticAndVoyageData _));
    }

    [Fact]
    public void Random_messages_encode_and_decode_to_themselves() =>
        TestPayloads.AssertRoundTrips(VesselMessageGenerators.StaticAndVoyageData());
}
