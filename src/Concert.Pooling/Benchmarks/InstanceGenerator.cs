using System.Collections.Immutable;
using Concert.Pooling.Model;
using Concert.Sharing;

namespace Concert.Pooling.Benchmarks;

/// <summary>Seeded pooling problems of a tier's size: the same tier and seed give the same problem on every
/// machine (System.Random with an explicit seed is repeatable).</summary>
/// <remarks>Each nation pledges a few asset classes; every unit is its own pledge, so interchangeable units must be
/// found and counted together by the planner. About a fifth of the nations have caveats and a quarter budget caps;
/// demand is sized near the pool's capacity, so some instances leave real shortfalls.</remarks>
public static class InstanceGenerator
{
    private static readonly string[] NationCodes =
    [
        "JPN", "KOR", "AUS", "SGP", "MYS", "NZL", "USA", "GBR", "FRA", "DEU", "ITA", "ESP",
        "NLD", "CAN", "NOR", "DNK", "PRT", "BEL", "GRC", "TUR", "POL", "SWE", "FIN", "MNG",
    ];

    private static readonly string[] AreaNames =
    [
        "Malacca Strait", "Singapore Strait", "Sulu Sea", "Celebes Sea", "Gulf of Aden", "Bab-el-Mandeb",
        "East China Sea", "Yellow Sea", "South China Sea north", "South China Sea south", "Arabian Sea", "Gulf of Oman",
        "Andaman Sea", "Java Sea", "Philippine Sea", "Sea of Japan",
    ];

    private static readonly (AssetType Type, Capabilities Capabilities, int MinCost, int MaxCost)[] Catalogue =
    [
        (AssetType.DestroyerOrFrigate, Capabilities.Presence | Capabilities.Surveillance | Capabilities.Escort | Capabilities.Boarding, 110, 160),
        (AssetType.OffshorePatrolVessel, Capabilities.Presence | Capabilities.Boarding, 30, 50),
        (AssetType.MaritimePatrolAircraft, Capabilities.Surveillance | Capabilities.Presence, 60, 90),
        (AssetType.Helicopter, Capabilities.Surveillance | Capabilities.Boarding, 18, 30),
        (AssetType.Uav, Capabilities.Surveillance, 8, 15),
        (AssetType.Tanker, Capabilities.Refuelling, 60, 80),
    ];

    /// <summary>The label every generated record carries: CONCERT RESTRICTED, releasable to the framework.</summary>
    public static ConfidentialityLabel Label { get; } = new(
        "CONCERT", Classification.Restricted, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), NationSet.Empty, [BuiltInCommunities.Concert]);

    /// <summary>The problem for a tier and seed.</summary>
    /// <param name="tier">The size class.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The problem.</returns>
    public static PoolingProblem Generate(BenchmarkTier tier, int seed)
    {
        ArgumentNullException.ThrowIfNull(tier);
        var random = new Random(StableSeed(tier.Nations, tier.MaxAssets, tier.MaxAreas, seed));
        int weeks = random.Next(tier.MinWeeks, tier.MaxWeeks + 1);
        int areaCount = random.Next(tier.MinAreas, tier.MaxAreas + 1);
        int assetUnits = random.Next(tier.MinAssets, tier.MaxAssets + 1);
        var areas = Enumerable.Range(0, areaCount)
            .Select(area => new OperatingArea($"A{area + 1:00}", AreaNames[area % AreaNames.Length]))
            .ToList();
        var nations = NationCodes.Take(tier.Nations).Select(Trigraph.Parse).ToList();

        var projects = Projects(random, areas, nations, weeks);
        var pledges = Pledges(random, seed, nations, areas, weeks, assetUnits);
        var funds = nations.Where(_ => random.NextDouble() < 0.3)
            .Select(nation => new FundsPledge(nation, projects[random.Next(projects.Count)].Id, random.Next(1, 20) * 100, Label));
        return new PoolingProblem(weeks, areas, pledges, funds, SizeDemand(random, projects, pledges, areaCount));
    }

    private static List<PoolingProject> Projects(Random random, List<OperatingArea> areas, List<Trigraph> nations, int weeks)
    {
        var projects = new List<PoolingProject>();
        for (int first = 0, number = 1; first < areas.Count; number++)
        {
            int size = Math.Min(areas.Count - first, random.Next(1, 4));
            var requirements = ImmutableArray.CreateBuilder<Requirement>();
            foreach (OperatingArea area in areas.Skip(first).Take(size))
            {
                int start = random.NextDouble() < 0.7 ? 1 : random.Next(1, Math.Max(2, weeks / 3));
                var period = new WeekRange(start, weeks);
                requirements.Add(new Requirement($"{area.Id}-SURV", area.Id, RequirementKind.Coverage, Capabilities.Surveillance, period, 1, random.Next(1, 6), []));
                requirements.Add(new Requirement($"{area.Id}-PRES", area.Id, RequirementKind.SurfacePresence, Capabilities.Presence, period, 1, random.Next(2, 6), []));
                if (random.NextDouble() < 0.4)
                {
                    int every = random.Next(2, 5);
                    ImmutableArray<int> transits = [.. Enumerable.Range(period.First, period.Length).Where(week => (week - period.First) % every == 0)];
                    requirements.Add(new Requirement($"{area.Id}-ESC", area.Id, RequirementKind.GroupTransitEscort, Capabilities.Escort, period, 1, random.Next(3, 7), transits));
                }
            }

            var caps = nations.Where(_ => random.NextDouble() < 0.25)
                .ToImmutableDictionary(nation => nation, _ => (long)random.Next(weeks * 300, weeks * 1500));
            projects.Add(new PoolingProject(
                $"P{number}", $"Project {number}", requirements.ToImmutable(), new RotationRule(random.Next(4, 9), random.Next(1, 3)), caps, Label));
            first += size;
        }

        return projects;
    }

    private static List<Pledge> Pledges(Random random, int seed, List<Trigraph> nations, List<OperatingArea> areas, int weeks, int assetUnits)
    {
        var pledges = new List<Pledge>();
        var unitsOf = new int[nations.Count];
        for (int unit = 0; unit < assetUnits; unit++)
        {
            unitsOf[unit < nations.Count ? unit : random.Next(nations.Count)]++;
        }

        for (int n = 0; n < nations.Count; n++)
        {
            Trigraph nation = nations[n];
            var caveats = random.NextDouble() < 0.2
                ? new NationalCaveats(random.NextDouble() < 0.5 ? [areas[random.Next(areas.Count)].Id] : [], random.NextDouble() < 0.5 ? Capabilities.Escort : Capabilities.None)
                : NationalCaveats.None;

            // Two or three asset classes per nation; every unit of a class is interchangeable.
            int classes = Math.Min(unitsOf[n], random.Next(2, 4));
            for (int unit = 0; unit < unitsOf[n]; unit++)
            {
                var classRandom = new Random(StableSeed(seed, n, unit % classes, weeks));
                var (type, capabilities, minCost, maxCost) = Catalogue[classRandom.Next(Catalogue.Length)];
                bool partial = classRandom.NextDouble() < 0.3;
                int first = partial ? classRandom.Next(1, Math.Max(2, weeks / 3)) : 1;
                int last = partial ? classRandom.Next(Math.Min(weeks, first + (weeks / 2)), weeks + 1) : weeks;
                var transit = areas
                    .Where(_ => classRandom.NextDouble() < 0.85)
                    .ToImmutableDictionary(area => area.Id, _ => classRandom.Next(0, 15), StringComparer.Ordinal);
                pledges.Add(new Pledge(
                    $"{nation.Code}-{unit + 1:00}",
                    nation,
                    type,
                    capabilities,
                    1,
                    new WeekRange(first, last),
                    classRandom.Next(minCost, maxCost + 1),
                    $"{nation.Code} home port {(unit % classes) + 1}",
                    transit,
                    caveats,
                    Label));
            }
        }

        return pledges;
    }

    /// <summary>Mixes integers into a seed; unlike HashCode.Combine, the same on every run.</summary>
    private static int StableSeed(params ReadOnlySpan<int> parts)
    {
        unchecked
        {
            int mixed = 17;
            foreach (int part in parts)
            {
                mixed = (mixed * 486187739) + part;
            }

            return mixed;
        }
    }

    /// <summary>Raises units per week where the pool can carry more, so that demand is near capacity.</summary>
    private static List<PoolingProject> SizeDemand(Random random, List<PoolingProject> projects, List<Pledge> pledges, int areaCount)
    {
        int unitsPerArea = Math.Max(1, (int)(pledges.Count * 0.45 / areaCount));
        return
        [
            .. projects.Select(project => project with
            {
                Requirements =
                [
                    .. project.Requirements.Select(requirement => requirement with
                    {
                        UnitsPerWeek = Math.Max(1, random.Next(unitsPerArea / 2, unitsPerArea + 1) / (requirement.Kind == RequirementKind.GroupTransitEscort ? 2 : 1)),
                    }),
                ],
            }),
        ];
    }
}
