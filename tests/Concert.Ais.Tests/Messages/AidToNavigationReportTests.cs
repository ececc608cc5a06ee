using Concert.Ais.Messages;
using Concert.Ais.Tests.Generators;

namespace Concert.Ais.Tests.Messages;

public sealed class AidToNavigationReportTests
{
    // gpsd's sample.aivdm; expected values from its -u -s -j recording and gpsdecode -j.
    private static readonly string[] Sentences =
    [
        "!AIVDM,2,1,5,B,E1mg=5J1T4W0h97aRh6ba84<h2d;W:Te=eLvH50```q,0*46",
        "!AIVDM,2,2,5,B,:D44QDlp0C1DU00,2*36",
    ];

    [Fact]
    public void Joins_the_name_extension_as_gpsd_does()
    {
        var aid = Assert.IsType<AidToNavigationReport>(TestPayloads.DecodeSentences(Sentences));
        Assert.Equal(("CHINA ROSE MURPHY EX", "PRESS ALERT"), (aid.Name, aid.NameExtension));
        Assert.Equal("CHINA ROSE MURPHY EXPRESS ALERT", aid.FullName);
        Assert.Equal((20, 165), (aid.AidType, aid.Regional));
        Assert.Equal(-122.698592, aid.Longitude!.Value, 6);
        Assert.Equal(47.920618, aid.Latitude!.Value, 6);
        Assert.Equal(new ShipDimensions(5, 5, 5, 5), aid.Dimensions);
        Assert.Null(aid.SpeedKnots);
        Assert.Null(aid.CourseDegrees);
        Assert.Null(aid.HeadingDegrees);
    }

    [Fact]
    public void Writes_gpsdecodes_scaled_line_with_its_own_field_order()
    {
        // Scaled, gpsd prints lon and lat before accuracy; unscaled, after it.
        const string Gpsd = """{"class":"AIS","device":"stdin","type":21,"repeat":0,"mmsi":123456789,"scaled":true,"aid_type":20,"aid_type_text":"Cardinal Mark N","name":"CHINA ROSE MURPHY EXPRESS ALERT","lon":-122.698592,"lat":47.920618,"accuracy":false,"to_bow":5,"to_stern":5,"to_port":5,"to_starboard":5,"epfd":1,"epfd_text":"GPS","second":50,"regional":165,"off_position":false,"raim":false,"virtual_aid":false}""";
        Assert.Equal(Gpsd, TestPayloads.GpsdLine(TestPayloads.DecodeSentences(Sentences), scaled: true));
    }

    [Fact]
    public void A_short_name_ignores_the_extension_and_spaces_before_an_extension_are_kept()
    {
        var shortName = new AidToNavigationReport(21, 0, 1, 0, "BUOY", false, 0, 0, default, 0, 60, false, 0, false, false, false, false, "XYZ", 18);
        Assert.Equal("BUOY", shortName.FullName);
        var padded = shortName with { Name = "BUOY".PadRight(20) };
        Assert.Equal("BUOY" + new string(' ', 16) + "XYZ", padded.FullName);
        Assert.Equal(AisDecodeStatus.Ok, TestPayloads.RoundTrip(padded, out AidToNavigationReport decoded));
        Assert.Equal(padded, decoded);
    }

    [Fact]
    public void Not_available_position_maps_to_null()
    {
        var aid = new AidToNavigationReport(21, 0, 1, 0, "", false, 181 * 600_000, 91 * 600_000, default, 0, 60, false, 0, false, false, false, false, "", 0);
        Assert.Null(aid.Longitude);
        Assert.Null(aid.Latitude);
        Assert.Null(aid.Dimensions.LengthMeters);
    }

    [Theory]
    [InlineData(271, AisDecodeStatus.WrongBitLength)]
    [InlineData(272, AisDecodeStatus.Ok)]
    [InlineData(368, AisDecodeStatus.Ok)]
    [InlineData(369, AisDecodeStatus.WrongBitLength)]
    public void Accepts_272_to_368_bits_as_gpsd_does(int bits, AisDecodeStatus expected)
    {
        TestPayloads.Payload sample = TestPayloads.FromSentences(Sentences);
        Assert.Equal(expected, TestPayloads.TryDecode(TestPayloads.WithLength(sample, bits), out AidToNavigationReport _));
    }

    [Fact]
    public void Random_reports_encode_and_decode_to_themselves() =>
        TestPayloads.AssertRoundTrips(VesselMessageGenerators.AidToNavigationReport());
}
