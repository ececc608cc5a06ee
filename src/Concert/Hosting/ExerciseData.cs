using Concert.Apis;
using Concert.Security;
using Concert.Sharing;

namespace Concert.Hosting;

/// <summary>
/// The demo accounts and bulletins of <c>concert serve --exercise</c>: users of several nations, so that the same
/// records can be seen as each nation sees them.
/// </summary>
internal static class ExerciseData
{
    /// <summary>The caveat of the maritime security exercise's own compartment.</summary>
    public const string ExerciseCaveat = "MARSEC";

    /// <summary>The demo accounts.</summary>
    public static IReadOnlyList<AccountSeed> Users { get; } =
    [
        new("jp.watch", "Lt Cdr Sato Haruki (JMSDF)", Nation("JPN"), Classification.Secret, [ConcertRoles.WatchOfficer], [], [ExerciseCaveat]),
        new("kr.analyst", "Lt Kim Min-jun (ROKN)", Nation("KOR"), Classification.Secret, [ConcertRoles.Analyst], [], []),
        new("gb.planner", "Cdr Alice Hughes (RN)", Nation("GBR"), Classification.TopSecret, [ConcertRoles.Planner], [], [ExerciseCaveat]),
        new("us.watch", "LCDR Dana Reyes (USN)", Nation("USA"), Classification.Secret, [ConcertRoles.WatchOfficer], [], []),
        new("id.liaison", "Kolonel Laut Budi Santoso (TNI-AL)", Nation("IDN"), Classification.Confidential, [ConcertRoles.Analyst], ["CONCERT"], []),
        new("au.analyst", "LEUT Chloe Walsh (RAN)", Nation("AUS"), Classification.TopSecret, [ConcertRoles.Analyst], [], [ExerciseCaveat]),
        new("cn.observer", "Cdr Li Wei (PLAN)", Nation("CHN"), Classification.Restricted, [ConcertRoles.Observer], [], []),
    ];

    /// <summary>
    /// The label of the exercise's AIS traffic: RESTRICTED, releasable to the framework community, so framework members
    /// (and the Indonesian liaison, who holds framework membership) see the vessels and the Chinese observer sees none.
    /// Its creation time is fixed so that the archive keeps one label id across restarts.
    /// </summary>
    public static ConfidentialityLabel TrafficLabel { get; } =
        Label("CONCERT", Classification.Restricted, new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), [], ["CONCERT"]);

    /// <summary>
    /// The label of the exercise's patrol vessels: SECRET, releasable to the framework community, so the framework's
    /// officers see them and the Indonesian liaison (cleared to CONFIDENTIAL) sees the rest of the traffic only.
    /// </summary>
    public static ConfidentialityLabel PatrolLabel { get; } =
        Label("CONCERT", Classification.Secret, new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), [], ["CONCERT"]);

    /// <summary>The demo bulletins, under labels that each user sees differently.</summary>
    /// <param name="now">The creation time of their labels.</param>
    /// <returns>Title, body and label of each.</returns>
    public static IEnumerable<(string Title, string Body, ConfidentialityLabel Label)> Bulletins(DateTimeOffset now)
    {
        yield return ("Exercise PACIFIC CONCERT begins",
            "The secretariat opens the exercise. Observers are welcome in the public channel.",
            Label("CONCERT", Classification.Unclassified, now, ["CHN"], ["CONCERT", "ASEAN"]));
        yield return ("Watch rota for the Malacca Strait",
            "Framework members share the Malacca and Singapore Straits watch in four-hour turns.",
            Label("CONCERT", Classification.Restricted, now, [], ["CONCERT"]));
        yield return ("ASEAN maritime liaison cell",
            "ASEAN members staff the liaison cell in Singapore; framework partners may attend on invitation.",
            Label("CONCERT", Classification.Restricted, now, ["IDN"], ["ASEAN"]));
        yield return ("East China Sea transfer pattern",
            "Repeated night-time ship-to-ship transfers north of the median line; details in the MARSEC annex.",
            Label("CONCERT", Classification.Secret, now, ["JPN", "KOR"], ["FVEY"], [ExerciseCaveat]));
        yield return ("NATO liaison to the framework",
            "NATO Maritime Command assigns two liaison officers to the secretariat.",
            Label("NATO", Classification.Restricted, now, [], ["NATO", "NATO-IP4"]));
        yield return ("Korea Strait picture sharing",
            "Japan and the Republic of Korea exchange the Korea Strait surface picture every hour.",
            Label("CONCERT", Classification.Confidential, now, ["JPN", "KOR"], []));
        yield return ("Five Eyes assessment summary",
            "A summary of the partners' assessment of dark-vessel activity.",
            Label("CONCERT", Classification.TopSecret, now, [], ["FVEY"]));
    }

    private static Trigraph Nation(string code) => Trigraph.Parse(code);

    private static ConfidentialityLabel Label(
        string policy, Classification classification, DateTimeOffset now, string[] nations, string[] communities, string[]? caveats = null) =>
        new(
            policy,
            classification,
            now,
            NationSet.Of(nations.Select(Trigraph.Parse)),
            communities.Select(identifier => CommunityRegistry.Default.TryGetCommunity(identifier, out Community? community)
                ? community
                : throw new InvalidOperationException($"Unknown community {identifier}.")),
            caveats is null ? [] : [new LabelCategory(LabelInput.CaveatTagName, CategoryType.Restrictive, caveats)]);
}
