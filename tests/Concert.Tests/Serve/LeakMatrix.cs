using Concert.Data;
using Concert.Hosting;
using Concert.Security;
using Concert.Sharing;

namespace Concert.Tests.Serve;

/// <summary>
/// The data of the leak matrix: labels over every classification, caveat set and kind of releasability (nations,
/// communities with dated membership, unknown ones, none), the users who read them, and the expected answer from an
/// independent <see cref="ReleaseDecider"/>.
/// </summary>
internal static class LeakMatrix
{
    /// <summary>When the matrix labels were made.</summary>
    public static readonly DateTimeOffset LabelTime = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Finland in NATO, Sweden not yet; Timor-Leste not yet in ASEAN.</summary>
    public static readonly DateTimeOffset Before = new(2024, 1, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Sweden in NATO (2024-03-07) and Timor-Leste in ASEAN (2025-10-26).</summary>
    public static readonly DateTimeOffset After = new(2025, 11, 15, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[][] Releasability =
    [
        ["NATO"], ["ASEAN"], ["EU"], ["FVEY"], ["NATO-IP4"], ["CONCERT"], ["JPN", "KOR"], ["KOR"], ["SWE"], ["FIN"], ["TLS"], ["CHN"],
        ["IDN", "ASEAN"], [], ["PACIFIC-ISLANDS"],
    ];

    private static readonly string[][] CaveatSets = [[], [ExerciseData.ExerciseCaveat], [ExerciseData.ExerciseCaveat, "ORCON"]];

    /// <summary>Users beyond the exercise's own, for dated membership and clearance edges.</summary>
    public static IReadOnlyList<AccountSeed> ExtraUsers { get; } =
    [
        new("se.analyst", "Swedish analyst", Trigraph.Parse("SWE"), Classification.Secret, [ConcertRoles.Analyst], [], []),
        new("fi.analyst", "Finnish analyst", Trigraph.Parse("FIN"), Classification.Secret, [ConcertRoles.Analyst], [], [ExerciseData.ExerciseCaveat]),
        new("tl.officer", "Timorese officer", Trigraph.Parse("TLS"), Classification.TopSecret, [ConcertRoles.WatchOfficer], [], [ExerciseData.ExerciseCaveat, "ORCON"]),
        new("gb.uncleared", "British clerk", Trigraph.Parse("GBR"), Classification.Unclassified, [ConcertRoles.Analyst], [], []),
        new("nz.orcon", "New Zealand analyst", Trigraph.Parse("NZL"), Classification.TopSecret, [ConcertRoles.Analyst], ["ASEAN"], [ExerciseData.ExerciseCaveat, "ORCON"]),
    ];

    /// <summary>Every user the matrix signs in as.</summary>
    public static IReadOnlyList<AccountSeed> Users { get; } = [.. ExerciseData.Users, .. ExtraUsers];

    /// <summary>The matrix labels: every releasability × classification × caveat set, and one under an unknown policy.</summary>
    public static IEnumerable<ConfidentialityLabel> Labels()
    {
        foreach (string[] releasability in Releasability)
        {
            foreach (Classification classification in Enum.GetValues<Classification>())
            {
                foreach (string[] caveats in CaveatSets)
                {
                    yield return Label("CONCERT", classification, releasability, caveats);
                }
            }
        }

        yield return Label("NATO", Classification.Restricted, ["NATO"], []);
        yield return Label("UNKNOWN-POLICY", Classification.Unclassified, ["CONCERT", "CHN"], []);
    }

    /// <summary>Stores one bulletin per matrix label, and a second for every fifth label (labels shared by rows).</summary>
    /// <returns>Each bulletin's id and label.</returns>
    public static async Task<List<(long Id, ConfidentialityLabel Label)>> SeedBulletinsAsync(ConcertTestHost host)
    {
        var seeded = new List<(long, ConfidentialityLabel)>();
        int index = 0;
        foreach (ConfidentialityLabel label in Labels())
        {
            for (int copy = 0; copy < (index % 5 == 0 ? 2 : 1); copy++)
            {
                Bulletin bulletin = await host.WithDbAsync(db => BulletinStore.AddAsync(db, label, $"Matrix {index}.{copy}", label.ToString(), "matrix", LabelTime, CancellationToken.None));
                seeded.Add((bulletin.Id, label));
            }

            index++;
        }

        return seeded;
    }

    /// <summary>The oracle: the ids <paramref name="user"/> may see at <paramref name="at"/>, by an independent decider.</summary>
    public static SortedSet<long> Expected(AccountSeed user, IEnumerable<(long Id, ConfidentialityLabel Label)> rows, DateTimeOffset at)
    {
        var decider = new ReleaseDecider(CommunityRegistry.Default, ["NATO", "CONCERT"]);
        var subject = new SharingSubject(
            user.Nation,
            user.Clearance,
            user.Communities.Select(identifier => CommunityRegistry.Default.TryGetCommunity(identifier, out Community? community) ? community : throw new InvalidOperationException(identifier)),
            user.Caveats);
        return [.. rows.Where(row => decider.Decide(subject, row.Label, at).IsPermitted).Select(row => row.Id)];
    }

    private static ConfidentialityLabel Label(string policy, Classification classification, string[] releasability, string[] caveats)
    {
        var nations = NationSet.Of(releasability.Where(value => Trigraph.TryParse(value, out _)).Select(Trigraph.Parse));
        var communities = releasability.Where(value => !Trigraph.TryParse(value, out _))
            .Select(value => CommunityRegistry.Default.TryGetCommunity(value, out Community? known) ? known : new Community(value, value));
        LabelCategory[] categories = caveats.Length == 0 ? [] : [new LabelCategory("Special Handling", CategoryType.Restrictive, caveats)];
        return new ConfidentialityLabel(policy, classification, LabelTime, nations, communities, categories);
    }
}
