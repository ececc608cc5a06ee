namespace Concert.Sharing.Tests;

public class ClassificationTests
{
    private static readonly ClassificationEquivalence Table = ClassificationEquivalence.Default;

    [Theory]
    [InlineData(Classification.Unclassified, "UNCLASSIFIED")]
    [InlineData(Classification.Restricted, "RESTRICTED")]
    [InlineData(Classification.Confidential, "CONFIDENTIAL")]
    [InlineData(Classification.Secret, "SECRET")]
    [InlineData(Classification.TopSecret, "TOP SECRET")]
    public void Markings_read_back(Classification level, string marking)
    {
        Assert.Equal(marking, level.ToMarking());
        Assert.True(ClassificationMarkings.TryParse(marking, out Classification read));
        Assert.Equal(level, read);
    }

    [Theory]
    [InlineData("secret")]
    [InlineData("NATO")]
    [InlineData("COSMIC SECRET")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_markings_are_rejected(string? marking) =>
        Assert.False(ClassificationMarkings.TryParse(marking, out _));

    [Fact]
    public void Levels_are_ordered_by_protection() =>
        Assert.Equal(
            [Classification.Unclassified, Classification.Restricted, Classification.Confidential, Classification.Secret, Classification.TopSecret],
            Enum.GetValues<Classification>().Order());

    [Theory]
    [InlineData("JPN", Classification.Secret, "極秘 (GOKUHI)", true)]
    [InlineData("JPN", Classification.TopSecret, "機密 (KIMITSU)", true)]
    [InlineData("KOR", Classification.Confidential, "3급 비밀 (III-GEUP BIMIL)", true)]
    [InlineData("KOR", Classification.Restricted, "대외비 (DAEOEBI)", true)]
    [InlineData("USA", Classification.Secret, "SECRET", true)]
    [InlineData("GBR", Classification.Restricted, "OFFICIAL-SENSITIVE", true)]
    [InlineData("AUS", Classification.Restricted, "PROTECTED", true)]
    // No national level: the next higher one protects it, and the answer says it is not exact.
    [InlineData("USA", Classification.Restricted, "CONFIDENTIAL", false)]
    [InlineData("GBR", Classification.Confidential, "SECRET", false)]
    [InlineData("AUS", Classification.Confidential, "SECRET", false)]
    public void National_markings_follow_the_table_and_round_up(string nation, Classification level, string marking, bool exact)
    {
        Assert.True(Table.TryGetNationalMarking(Trigraph.Parse(nation), level, out NationalClassification national));
        Assert.Equal(new NationalClassification(Trigraph.Parse(nation), level, marking, exact), national);
    }

    [Fact]
    public void Nations_outside_the_table_have_no_marking()
    {
        Assert.False(Table.TryGetNationalMarking(Trigraph.Parse("MNG"), Classification.Secret, out _));
        Assert.False(Table.TryGetLevel(Trigraph.Parse("MNG"), "SECRET", out _));
    }

    [Theory]
    [InlineData("JPN", "秘 (HI)", Classification.Confidential)]
    [InlineData("GBR", "OFFICIAL", Classification.Unclassified)]
    [InlineData("USA", "TOP SECRET", Classification.TopSecret)]
    public void National_markings_read_back_to_levels(string nation, string marking, Classification level)
    {
        Assert.True(Table.TryGetLevel(Trigraph.Parse(nation), marking, out Classification read));
        Assert.Equal(level, read);
    }

    [Fact]
    public void A_substitute_cannot_be_read_back_as_an_exact_level() =>
        // The US writes no RESTRICTED: "CONFIDENTIAL" always reads back as CONFIDENTIAL, never as RESTRICTED.
        Assert.True(Table.TryGetLevel(Trigraph.Parse("USA"), "CONFIDENTIAL", out Classification level) && level == Classification.Confidential);

    [Fact]
    public void A_table_rejects_duplicates_and_substitutes()
    {
        Trigraph japan = Trigraph.Parse("JPN");

        Assert.Throws<ArgumentException>(() => new ClassificationEquivalence([new(japan, Classification.Secret, "A", true), new(japan, Classification.Secret, "B", true)]));
        Assert.Throws<ArgumentException>(() => new ClassificationEquivalence([new(japan, Classification.Secret, "A", false)]));
    }
}
