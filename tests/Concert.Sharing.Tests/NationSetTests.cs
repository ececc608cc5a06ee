namespace Concert.Sharing.Tests;

public class NationSetTests
{
    private static readonly Trigraph Aruba = Trigraph.Parse("ABW");     // ordinal 0, first word
    private static readonly Trigraph Japan = Trigraph.Parse("JPN");
    private static readonly Trigraph Zimbabwe = Trigraph.Parse("ZWE");  // ordinal 248, last word

    [Fact]
    public void Holds_nations_in_every_word_of_the_bitmap()
    {
        NationSet set = NationSet.Of(Aruba, Japan, Zimbabwe);

        Assert.Equal(3, set.Count);
        Assert.True(set.Contains(Aruba));
        Assert.True(set.Contains(Japan));
        Assert.True(set.Contains(Zimbabwe));
        Assert.False(set.Contains(Trigraph.Parse("KOR")));
        Assert.Equal([Aruba, Japan, Zimbabwe], set.ToArray());
        Assert.Equal("ABW JPN ZWE", set.ToString());
    }

    [Fact]
    public void Set_algebra()
    {
        NationSet left = NationSet.Of(Aruba, Japan);
        NationSet right = NationSet.Of(Japan, Zimbabwe);

        Assert.Equal(NationSet.Of(Aruba, Japan, Zimbabwe), left.Union(right));
        Assert.Equal(NationSet.Of(Japan), left.Intersect(right));
        Assert.Equal(NationSet.Of(Aruba), left.Except(right));
        Assert.True(NationSet.Of(Japan).IsSubsetOf(left));
        Assert.False(left.IsSubsetOf(right));
        Assert.True(NationSet.Empty.IsEmpty);
        Assert.Equal("{}", NationSet.Empty.ToString());
        Assert.Equal(249, NationSet.Of(Trigraph.All).Count);
    }
}
