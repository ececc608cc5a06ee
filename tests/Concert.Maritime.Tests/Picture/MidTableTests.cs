using Concert.Maritime.Picture;

namespace Concert.Maritime.Tests.Picture;

public sealed class MidTableTests
{
    // Expected flags from the ITU MID table (ITU MARS, "Table of Maritime Identification Digits").
    [Theory]
    [InlineData(431, "JPN")]
    [InlineData(432, "JPN")]
    [InlineData(440, "KOR")]
    [InlineData(441, "KOR")]
    [InlineData(412, "CHN")]
    [InlineData(413, "CHN")]
    [InlineData(414, "CHN")]
    [InlineData(445, "PRK")]
    [InlineData(503, "AUS")]
    [InlineData(563, "SGP")]
    [InlineData(564, "SGP")]
    [InlineData(565, "SGP")]
    [InlineData(566, "SGP")]
    [InlineData(533, "MYS")]
    [InlineData(548, "PHL")]
    [InlineData(574, "VNM")]
    [InlineData(416, "TWN")]
    [InlineData(477, "HKG")]
    [InlineData(351, "PAN")]
    [InlineData(636, "LBR")]
    [InlineData(538, "MHL")]
    [InlineData(303, "USA")]
    public void A_MID_maps_to_its_flag(int mid, string expected) =>
        Assert.Equal(expected, MidTable.Find(mid)?.Country.Code);

    [Fact]
    public void Names_follow_the_ITU_wording() =>
        Assert.Equal("Democratic People's Republic of Korea", MidTable.Find(445)?.Name);

    [Theory]
    [InlineData(200)]
    [InlineData(217)]
    [InlineData(280)]
    [InlineData(776)]
    [InlineData(0)]
    public void An_unallocated_MID_has_no_flag(int mid) => Assert.Null(MidTable.Find(mid));

    [Fact]
    public void The_table_covers_every_allocated_MID_once_in_order()
    {
        Assert.Equal(292, MidTable.All.Count);
        Assert.Equal(MidTable.All.Select(flag => flag.Mid).Order(), MidTable.All.Select(flag => flag.Mid));
        Assert.All(MidTable.All, flag => Assert.True(flag.Country.IsValid));
        Assert.All(MidTable.All, flag => Assert.InRange(flag.Mid, 201, 775));
    }
}
