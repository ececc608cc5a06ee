namespace Concert.Sharing.Tests;

public class TrigraphTests
{
    // Codes and names as ISO 3166-1 assigns them (iso-codes 4.15 common names).
    [Theory]
    [InlineData("JPN", "Japan")]
    [InlineData("KOR", "South Korea")]
    [InlineData("PRK", "North Korea")]
    [InlineData("AUS", "Australia")]
    [InlineData("NZL", "New Zealand")]
    [InlineData("SGP", "Singapore")]
    [InlineData("MYS", "Malaysia")]
    [InlineData("MNG", "Mongolia")]
    [InlineData("CHN", "China")]
    [InlineData("TLS", "Timor-Leste")]
    [InlineData("MKD", "North Macedonia")]
    [InlineData("ABW", "Aruba")]
    [InlineData("ZWE", "Zimbabwe")]
    public void Parses_assigned_codes_with_their_English_names(string code, string name)
    {
        Trigraph trigraph = Trigraph.Parse(code);

        Assert.True(trigraph.IsValid);
        Assert.Equal(code, trigraph.Code);
        Assert.Equal(code, trigraph.ToString());
        Assert.Equal(name, trigraph.EnglishName);
    }

    [Fact]
    public void The_table_holds_the_249_current_codes_in_order()
    {
        Trigraph[] all = [.. Trigraph.All];

        Assert.Equal(249, all.Length);
        Assert.Equal("ABW", all[0].Code);
        Assert.Equal("ZWE", all[^1].Code);
        Assert.All(all.Zip(all.Skip(1)), pair => Assert.True(string.CompareOrdinal(pair.First.Code, pair.Second.Code) < 0));
        Assert.All(all, trigraph => Assert.Equal(trigraph, Trigraph.Parse(trigraph.Code)));
    }

    [Theory]
    [InlineData("", "'' is not a nation code: ISO 3166-1 alpha-3 codes have exactly 3 letters, not 0.")]
    [InlineData("JP", "'JP' is not a nation code: ISO 3166-1 alpha-3 codes have exactly 3 letters, not 2.")]
    [InlineData("JPNX", "'JPNX' is not a nation code: ISO 3166-1 alpha-3 codes have exactly 3 letters, not 4.")]
    [InlineData("jpn", "'jpn' is not a nation code: ISO 3166-1 alpha-3 codes are upper-case letters A-Z only.")]
    [InlineData("J1N", "'J1N' is not a nation code: ISO 3166-1 alpha-3 codes are upper-case letters A-Z only.")]
    [InlineData("ÄBW", "'ÄBW' is not a nation code: ISO 3166-1 alpha-3 codes are upper-case letters A-Z only.")]
    [InlineData("XKX", "'XKX' is not an assigned ISO 3166-1 alpha-3 code.")] // Kosovo: user-assigned, not ISO
    [InlineData("ANT", "'ANT' is not an assigned ISO 3166-1 alpha-3 code.")] // Netherlands Antilles: withdrawn 2010
    [InlineData("NTO", "'NTO' is not an assigned ISO 3166-1 alpha-3 code.")]
    public void Rejects_with_a_message_that_names_the_rule(string text, string message)
    {
        Assert.False(Trigraph.TryParse(text, out Trigraph trigraph));
        Assert.False(trigraph.IsValid);
        FormatException error = Assert.Throws<FormatException>(() => Trigraph.Parse(text));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Null_is_rejected_without_a_format_error()
    {
        Assert.False(Trigraph.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => Trigraph.Parse(null!));
        Assert.Equal("A nation code is required but none was given.", Trigraph.DescribeRejection(null));
    }

    [Fact]
    public void Default_is_no_nation()
    {
        Trigraph none = default;

        Assert.False(none.IsValid);
        Assert.Equal(-1, none.Ordinal);
        Assert.Equal(string.Empty, none.Code);
        Assert.Equal(string.Empty, none.EnglishName);
        Assert.NotEqual(Trigraph.Parse("ABW"), none);
        Assert.False(NationSet.Of(Trigraph.All).Contains(none));
    }

    [Fact]
    public void Parses_spans_and_orders_by_code()
    {
        Assert.True(Trigraph.TryParse("xxKORxx".AsSpan(2, 3), out Trigraph korea));
        Assert.Equal("KOR", korea.Code);
        Assert.True(Trigraph.Parse("AUS") < Trigraph.Parse("JPN"));
        Assert.True(Trigraph.Parse("USA") >= Trigraph.Parse("USA"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Trigraph.FromOrdinal(249));
    }
}
