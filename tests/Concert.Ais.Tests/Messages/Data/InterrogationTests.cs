using Concert.Ais.Messages;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Type 15. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class InterrogationTests
{
    [Fact]
    public void Decodes_one_station_one_message()
    {
        var message = TestPayloadsData.Decode<Interrogation>("!AIVDM,1,1,,A,?5OP=l00052HD00,2*5B");

        Assert.Equal(88, message.BitLength);
        Assert.False(message.HasSecondRequest);
        Assert.Equal(5158u, message.Mmsi1);
        Assert.Equal(5, message.FirstType1);
        Assert.Equal(0u, message.Mmsi2);
    }

    [Fact]
    public void Decodes_one_station_two_messages()
    {
        var message = TestPayloadsData.Decode<Interrogation>("!AIVDM,1,1,,B,?h3Ovn1GP<K0<P@59a0,2*04");

        Assert.True(message.HasSecondRequest);
        Assert.False(message.HasSecondStation);
        Assert.Equal(367014320u, message.Mmsi1);
        Assert.Equal(3, message.FirstType1);
        Assert.Equal(516, message.FirstOffset1);
        Assert.Equal(5, message.SecondType1);
        Assert.Equal(617, message.SecondOffset1);
    }

    [Fact]
    public void Decodes_two_stations()
    {
        var message = TestPayloadsData.Decode<Interrogation>("!AIVDM,1,1,,A,?39a?2PjKFFPD01o:Gq1igvp2<3w,0*0B");

        Assert.True(message.HasSecondStation);
        Assert.Equal(605843451u, message.Mmsi2);
        Assert.Equal(32, message.FirstType2);
        Assert.Equal(560, message.FirstOffset2);
    }

    [Fact]
    public void Accepts_88_to_168_bits() => TestPayloadsData.AssertLengthRange(15, 88, 168);
}
