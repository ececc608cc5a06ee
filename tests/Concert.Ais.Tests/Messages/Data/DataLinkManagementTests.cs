using Concert.Ais.Messages;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>Type 20. Expected values are gpsdecode 3.22's output for the same sentences (sample.aivdm).</summary>
public sealed class DataLinkManagementTests
{
    [Fact]
    public void Decodes_one_reservation()
    {
        var message = TestPayloadsData.Decode<DataLinkManagement>("!AIVDM,1,1,,A,Dh3OvjB8IN>4,0*1D");

        Assert.Equal(1, message.ReservationCount);
        Assert.Equal(2182, message.Offset1);
        Assert.Equal(5, message.Number1);
        Assert.Equal(7, message.Timeout1);
        Assert.Equal(225, message.Increment1);
        Assert.Equal(0, message.Offset2);
    }

    [Fact]
    public void Decodes_four_reservations()
    {
        var message = TestPayloadsData.Decode<DataLinkManagement>("!AIVDM,1,1,,2,D02=VVA8`N?`>4N01L=Nfp1>AA0,0*75");

        Assert.Equal(4, message.ReservationCount);
        Assert.Equal(1162, message.Offset1);
        Assert.Equal(225, message.Offset2);
        Assert.Equal(1475, message.Offset3);
        Assert.Equal(19, message.Offset4);
        Assert.Equal(9, message.Number4);
        Assert.Equal(1296, message.Increment4);
    }

    [Fact]
    public void A_cut_reservation_encodes_back_to_the_same_length()
    {
        var message = TestPayloadsData.Decode<DataLinkManagement>("!AIVDM,1,1,,B,D030p8@2tN?b<`O6DmQO6D0,2*5D");

        Assert.Equal(136, message.BitLength);
        Assert.Equal(3, message.ReservationCount);
        Assert.Equal(TestPayloadsData.BitString(TestPayloadsData.Pack(["!AIVDM,1,1,,B,D030p8@2tN?b<`O6DmQO6D0,2*5D"], out int length), length),
            TestPayloadsData.EncodeBits(message));
    }

    [Fact]
    public void Accepts_72_to_186_bits() => TestPayloadsData.AssertLengthRange(20, 72, 186);
}
