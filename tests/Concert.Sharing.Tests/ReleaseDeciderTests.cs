using System.Globalization;

namespace Concert.Sharing.Tests;

public class ReleaseDeciderTests
{
    private const string Today = "2026-11-27T00:00:00Z";

    private static readonly ReleaseDecider Decider = new(CommunityRegistry.Default, ["NATO", "CONCERT"]);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static Community CommunityOf(string identifier) =>
        CommunityRegistry.Default.TryGetCommunity(identifier, out Community? known) ? known : new Community(identifier, identifier);

    internal static SharingSubject Subject(string nation, Classification clearance, string caveats = "", string communities = "") =>
        new(Trigraph.Parse(nation), clearance, Words(communities).Select(CommunityOf), Words(caveats));

    internal static ConfidentialityLabel Label(
        string policy, Classification classification, string releasableTo, string caveats = "", string? review = null)
    {
        string[] values = Words(releasableTo);
        return new ConfidentialityLabel(
            policy,
            classification,
            Utc("2025-01-01T00:00:00Z"),
            NationSet.Of(values.Where(value => value.Length == 3).Select(Trigraph.Parse)),
            values.Where(value => value.Length != 3).Select(CommunityOf),
            caveats.Length == 0 ? [] : [new LabelCategory("Special Handling", CategoryType.Restrictive, Words(caveats))],
            review is null ? null : Utc(review));
    }

    // Each row: subject (nation, clearance, caveats held, communities held in person), label (policy,
    // classification, releasable to, caveats, review date), the decision time, and the expected reason and detail.
    [Theory]
    // Permits.
    [InlineData("JPN", Classification.Secret, "", "", "NATO", Classification.Secret, "JPN", "", null, Today, ReleaseReason.ReleasableToNation, "JPN")]
    [InlineData("KOR", Classification.TopSecret, "", "", "NATO", Classification.TopSecret, "KOR AUS", "", null, Today, ReleaseReason.ReleasableToNation, "KOR")]
    [InlineData("JPN", Classification.Secret, "", "", "CONCERT", Classification.Secret, "CONCERT", "", null, Today, ReleaseReason.ReleasableToCommunity, "CONCERT")]
    [InlineData("MNG", Classification.Restricted, "", "", "CONCERT", Classification.Unclassified, "NATO-IP4 CONCERT", "", null, Today, ReleaseReason.ReleasableToCommunity, "CONCERT")]
    [InlineData("JPN", Classification.Secret, "ATOMAL CRYPTO", "", "NATO", Classification.Secret, "JPN", "CRYPTO ATOMAL", null, Today, ReleaseReason.ReleasableToNation, "JPN")]
    [InlineData("CHN", Classification.Secret, "", "NATO-IP4", "NATO", Classification.Secret, "NATO-IP4", "", null, Today, ReleaseReason.ReleasableToCommunity, "NATO-IP4")]
    // Unknown policy comes first, whatever else is wrong; policy identifiers are case-sensitive.
    [InlineData("JPN", Classification.TopSecret, "", "", "UKUSA", Classification.Unclassified, "JPN", "", null, Today, ReleaseReason.UnknownPolicy, "UKUSA")]
    [InlineData("CHN", Classification.Unclassified, "", "", "EXERCISE", Classification.TopSecret, "", "X", null, Today, ReleaseReason.UnknownPolicy, "EXERCISE")]
    [InlineData("JPN", Classification.TopSecret, "", "", "nato", Classification.Unclassified, "JPN", "", null, Today, ReleaseReason.UnknownPolicy, "nato")]
    // Clearance comes before caveats and releasability.
    [InlineData("JPN", Classification.Confidential, "", "", "NATO", Classification.Secret, "JPN", "", null, Today, ReleaseReason.ClearanceBelowClassification, null)]
    [InlineData("CHN", Classification.Unclassified, "", "", "NATO", Classification.Restricted, "", "CRYPTO", null, Today, ReleaseReason.ClearanceBelowClassification, null)]
    // Caveats: every one is needed, and they come before releasability.
    [InlineData("JPN", Classification.Secret, "", "", "NATO", Classification.Secret, "JPN", "CRYPTO", null, Today, ReleaseReason.MissingCaveat, "CRYPTO")]
    [InlineData("JPN", Classification.Secret, "CRYPTO", "", "NATO", Classification.Secret, "JPN", "CRYPTO ATOMAL", null, Today, ReleaseReason.MissingCaveat, "ATOMAL")]
    [InlineData("JPN", Classification.Secret, "crypto", "", "NATO", Classification.Secret, "JPN", "CRYPTO", null, Today, ReleaseReason.MissingCaveat, "CRYPTO")]
    [InlineData("CHN", Classification.Secret, "", "", "NATO", Classification.Secret, "JPN", "X", null, Today, ReleaseReason.MissingCaveat, "X")]
    // Releasability.
    [InlineData("CHN", Classification.Secret, "", "", "CONCERT", Classification.Unclassified, "NATO CONCERT ASEAN", "", null, Today, ReleaseReason.NotReleasable, null)]
    [InlineData("USA", Classification.TopSecret, "", "", "NATO", Classification.Unclassified, "", "", null, Today, ReleaseReason.NotReleasable, null)]
    [InlineData("JPN", Classification.Secret, "", "", "NATO", Classification.Secret, "QUAD", "", null, Today, ReleaseReason.NotReleasable, null)]
    [InlineData("CHN", Classification.Secret, "", "NATO-IP4", "NATO", Classification.Secret, "NATO", "", null, Today, ReleaseReason.NotReleasable, null)]
    // Dated membership: Finland joined NATO on 2023-04-04, Sweden on 2024-03-07, Timor-Leste ASEAN on 2025-10-26,
    // the United Kingdom's last day in the EU was 2020-01-31; each instant counts by its UTC day.
    [InlineData("FIN", Classification.Secret, "", "", "NATO", Classification.Secret, "NATO", "", null, "2023-04-03T23:59:59Z", ReleaseReason.NotReleasable, null)]
    [InlineData("FIN", Classification.Secret, "", "", "NATO", Classification.Secret, "NATO", "", null, "2023-04-04T00:00:00Z", ReleaseReason.ReleasableToCommunity, "NATO")]
    [InlineData("FIN", Classification.Secret, "", "", "NATO", Classification.Secret, "NATO", "", null, "2023-04-04T01:00:00+03:00", ReleaseReason.NotReleasable, null)]
    [InlineData("SWE", Classification.Secret, "", "", "NATO", Classification.Secret, "NATO", "", null, "2024-03-06T12:00:00Z", ReleaseReason.NotReleasable, null)]
    [InlineData("SWE", Classification.Secret, "", "", "NATO", Classification.Secret, "NATO", "", null, "2024-03-07T00:00:00Z", ReleaseReason.ReleasableToCommunity, "NATO")]
    [InlineData("SWE", Classification.Secret, "", "", "NATO", Classification.Secret, "NATO EU", "", null, "2024-03-06T12:00:00Z", ReleaseReason.ReleasableToCommunity, "EU")]
    [InlineData("TLS", Classification.Secret, "", "", "CONCERT", Classification.Restricted, "ASEAN", "", null, "2025-10-25T23:59:59Z", ReleaseReason.NotReleasable, null)]
    [InlineData("TLS", Classification.Secret, "", "", "CONCERT", Classification.Restricted, "ASEAN", "", null, "2025-10-26T00:00:00Z", ReleaseReason.ReleasableToCommunity, "ASEAN")]
    [InlineData("GBR", Classification.Secret, "", "", "NATO", Classification.Restricted, "EU", "", null, "2020-01-31T23:59:59Z", ReleaseReason.ReleasableToCommunity, "EU")]
    [InlineData("GBR", Classification.Secret, "", "", "NATO", Classification.Restricted, "EU", "", null, "2020-02-01T00:00:00Z", ReleaseReason.NotReleasable, null)]
    public void Decides_in_the_documented_order(
        string nation, Classification clearance, string heldCaveats, string heldCommunities,
        string policy, Classification classification, string releasableTo, string caveats, string? review,
        string at, ReleaseReason reason, string? detail)
    {
        ReleaseDecision decision = Decider.Decide(
            Subject(nation, clearance, heldCaveats, heldCommunities),
            Label(policy, classification, releasableTo, caveats, review),
            Utc(at));

        Assert.Equal(new ReleaseDecision(reason, detail, ReviewOverdue: false), decision);
        Assert.Equal(reason is ReleaseReason.ReleasableToNation or ReleaseReason.ReleasableToCommunity, decision.IsPermitted);
    }

    [Theory]
    [InlineData("JPN", "2026-11-26T23:59:59Z", true, ReleaseReason.ReleasableToNation)]
    [InlineData("JPN", Today, false, ReleaseReason.ReleasableToNation)]  // due exactly now: not yet overdue
    [InlineData("CHN", "2026-01-01T00:00:00Z", true, ReleaseReason.NotReleasable)]
    public void A_passed_review_date_is_reported_but_never_denies(string nation, string review, bool overdue, ReleaseReason reason)
    {
        ReleaseDecision decision = Decider.Decide(
            Subject(nation, Classification.Secret), Label("NATO", Classification.Secret, "JPN", review: review), Utc(Today));

        Assert.Equal(reason, decision.Reason);
        Assert.Equal(overdue, decision.ReviewOverdue);
    }

    [Fact]
    public void A_subject_without_a_nation_is_released_nothing()
    {
        var nobody = new SharingSubject(default, Classification.TopSecret);

        ReleaseDecision decision = Decider.Decide(nobody, Label("NATO", Classification.Unclassified, "NATO CONCERT JPN"), Utc(Today));

        Assert.Equal(ReleaseReason.NotReleasable, decision.Reason);
    }

    [Fact]
    public void A_decider_without_policies_denies_everything()
    {
        var closed = new ReleaseDecider(CommunityRegistry.Default, []);

        Assert.Equal(
            ReleaseReason.UnknownPolicy,
            closed.Decide(Subject("USA", Classification.TopSecret), Label("NATO", Classification.Unclassified, "USA"), Utc(Today)).Reason);
    }

    [Theory]
    [InlineData(ReleaseReason.ReleasableToNation, "JPN", false, "Permitted: releasable to the user's nation JPN.")]
    [InlineData(ReleaseReason.ReleasableToCommunity, "NATO", true, "Permitted: releasable to NATO, which the user belongs to. The label is past its review date.")]
    [InlineData(ReleaseReason.UnknownPolicy, "UKUSA", false, "Denied: the label's policy 'UKUSA' is not known here.")]
    [InlineData(ReleaseReason.ClearanceBelowClassification, null, false, "Denied: the user's clearance is below the label's classification.")]
    [InlineData(ReleaseReason.MissingCaveat, "CRYPTO", false, "Denied: the user does not hold the caveat 'CRYPTO'.")]
    [InlineData(ReleaseReason.NotReleasable, null, false, "Denied: the label is not releasable to the user's nation or any of its communities.")]
    public void Explains_every_reason(ReleaseReason reason, string? detail, bool overdue, string text) =>
        Assert.Equal(text, new ReleaseDecision(reason, detail, overdue).Explanation);

    [Fact]
    public void Deciding_does_not_allocate()
    {
        SharingSubject finn = Subject("FIN", Classification.Secret, "CRYPTO");
        ConfidentialityLabel label = Label("CONCERT", Classification.Secret, "USA EU ASEAN NATO", "CRYPTO", "2026-01-01T00:00:00Z");
        DateTimeOffset at = Utc(Today);
        Decider.Decide(finn, label, at);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            Decider.Decide(finn, label, at);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
