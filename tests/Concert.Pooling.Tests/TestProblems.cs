using System.Collections.Immutable;
using Concert.Pooling.Benchmarks;
using Concert.Pooling.Model;
using Concert.Sharing;

namespace Concert.Pooling.Tests;

/// <summary>Small hand-made problems whose optimum can be worked out on paper.</summary>
internal static class TestProblems
{
    /// <summary>A tier of small generated instances (4 nations, 10–14 units, 3–4 areas, 8–12 weeks) that CP-SAT and the
    /// MIP solvers prove in well under a second each; its 30 s time limit is a ceiling for the tests that plan them.</summary>
    public static readonly BenchmarkTier Small = new("small", 4, 10, 14, 3, 4, 8, 12, TimeSpan.FromSeconds(30), 0, "test");

    public static readonly ConfidentialityLabel Unclassified = new(
        "CONCERT", Classification.Unclassified, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), NationSet.Empty, [BuiltInCommunities.Concert]);


    public static readonly Trigraph Jpn = Trigraph.Parse("JPN");
    public static readonly Trigraph Kor = Trigraph.Parse("KOR");
    public static readonly Trigraph Sgp = Trigraph.Parse("SGP");

    public static Pledge Frigate(Trigraph nation, string id, int costPerDay = 100, int transitDays = 0, int first = 1, int last = 4, int count = 1, NationalCaveats? caveats = null) =>
        new(id, nation, AssetType.DestroyerOrFrigate, Capabilities.Presence | Capabilities.Surveillance | Capabilities.Escort | Capabilities.Boarding,
            count, new WeekRange(first, last), costPerDay, "home", ImmutableDictionary<string, int>.Empty.Add("A", transitDays), caveats ?? NationalCaveats.None, Unclassified);

    public static Pledge PatrolVessel(Trigraph nation, string id, int costPerDay = 40, int first = 1, int last = 4, int count = 1) =>
        new(id, nation, AssetType.OffshorePatrolVessel, Capabilities.Presence | Capabilities.Boarding,
            count, new WeekRange(first, last), costPerDay, "home", ImmutableDictionary<string, int>.Empty.Add("A", 0), NationalCaveats.None, Unclassified);

    public static Requirement Presence(int first = 1, int last = 4, int units = 1, int risk = 1, string id = "A-PRES") =>
        new(id, "A", RequirementKind.SurfacePresence, Capabilities.Presence, new WeekRange(first, last), units, risk, []);

    public static PoolingProblem OneArea(
        int weeks, IEnumerable<Pledge> pledges, IEnumerable<Requirement> requirements, RotationRule? rotation = null, ImmutableDictionary<Trigraph, long>? caps = null) =>
        new(
            weeks,
            [new OperatingArea("A", "Area A")],
            pledges,
            [],
            [new PoolingProject("P", "Project P", [.. requirements], rotation ?? new RotationRule(weeks, 0), caps ?? ImmutableDictionary<Trigraph, long>.Empty, Unclassified)]);
}
