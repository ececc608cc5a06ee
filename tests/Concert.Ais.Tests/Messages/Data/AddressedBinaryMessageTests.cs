using Concert.Ais.Messages;
using Concert.Ais.Messages.Applications;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Type 6. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class AddressedBinaryMessageTests
{
    [Fact]
    public void Decodes_the_header_and_keeps_unknown_applications_raw()
    {
        var message = TestPayloadsData.Decode<AddressedBinaryMessage>("!AIVDM,1,1,,B,6B?n;be:cbapalgc;i6?Ow4,2*4A");

        Assert.Equal(1, message.Repeat);
        Assert.Equal(150834090u, message.Mmsi);
        Assert.Equal(3, message.SequenceNumber);
        Assert.Equal(313240222u, message.DestinationMmsi);
        Assert.False(message.Retransmit);
        Assert.Equal(669, message.Dac);
        Assert.Equal(11, message.Fid);
        Assert.Null(message.Application);
        Assert.Equal("48:eb2f118f7ff1", message.Data.ToString());
    }

    [Fact]
    public void Decodes_the_gla_aton_monitoring_application()
    {
        var message = TestPayloadsData.Decode<AddressedBinaryMessage>("!AIVDM,1,1,4,B,6>jR0600V:C0>da4P106P00,2*02");

        var aton = Assert.IsType<AtonMonitoringData>(message.Application);
        Assert.Equal(274, aton.AnalogueInternal);
        Assert.Equal(13.7, aton.InternalVolts, 6);
        Assert.Equal(2, aton.Racon);
        Assert.Equal(2, aton.Light);
        Assert.False(aton.OffPosition);
    }

    [Fact]
    public void Decodes_the_imo289_clearance_time_application()
    {
        var message = TestPayloadsData.Decode<AddressedBinaryMessage>("!AIVDM,1,1,,B,6h2E3MDrDRiB0580@00000000000,0*04");

        var clearance = Assert.IsType<ClearanceTimeToEnterPort>(message.Application);
        Assert.Equal(1, clearance.Linkage);
        Assert.Equal(string.Empty, clearance.PortName);
        Assert.Equal(0.0, clearance.Longitude);
    }

    [Fact]
    public void Gla_aton_data_of_another_length_stays_raw_as_in_gpsd()
    {
        // gpsd decodes DAC 235 FI 10 only at exactly 136 bits; 142 bits stay raw data.
        string bits = TestPayloadsData.Bits(6, 142)[..72] + "0011101011" + "001010" + TestPayloadsData.Bits(6, 142)[88..];
        var message = Assert.IsType<AddressedBinaryMessage>(TestPayloadsData.Decode(TestPayloadsData.PackBits(bits), bits.Length, out _));

        Assert.Equal(235, message.Dac);
        Assert.Null(message.Application);
        Assert.Contains("\"data\":\"54:", TestPayloadsData.Gpsd(message, scaled: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Nonzero_fill_bits_are_not_part_of_the_data()
    {
        // Deliberate difference: gpsd hex-dumps the armor's fill bits after the data ("10:fffc" for this sentence, whose
        // two fill bits are set); they are not message bits, so Concert prints them as zero.
        var message = TestPayloadsData.Decode<AddressedBinaryMessage>("!AIVDM,1,1,,A,600000@000080D7ww,4*1F");

        Assert.Equal("10:ffc0", message.Data.ToString());
    }

    [Fact]
    public void Accepts_88_to_1008_bits() => TestPayloadsData.AssertLengthRange(6, 88, 1008);
}
