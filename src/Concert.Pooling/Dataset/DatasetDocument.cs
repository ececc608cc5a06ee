using System.Collections.Immutable;
using Concert.Pooling.Model;
using Concert.Sharing;

namespace Concert.Pooling.Dataset;

/// <summary>The JSON shape of a <see cref="PoolingDataset"/>: plain codes and names that people edit, mapped to
/// and from the model. A record without its own label takes the document's default label.</summary>
internal sealed class DatasetDocument
{
    public string Notice { get; init; } = string.Empty;

    public LabelDocument Label { get; init; } = new();

    public int HorizonWeeks { get; init; }

    public List<NationDocument> Nations { get; init; } = [];

    public List<OperatingArea> Areas { get; init; } = [];

    public List<PledgeDocument> Pledges { get; init; } = [];

    public List<FundsDocument> Funds { get; init; } = [];

    public List<ProjectDocument> Projects { get; init; } = [];

    public static DatasetDocument From(PoolingDataset dataset)
    {
        PoolingProblem problem = dataset.Problem;
        ConfidentialityLabel? common = problem.Projects.Select(project => project.Label).FirstOrDefault();
        return new DatasetDocument
        {
            Notice = dataset.Notice,
            Label = common is null ? new LabelDocument() : LabelDocument.From(common),
            HorizonWeeks = problem.HorizonWeeks,
            Nations = [.. dataset.Nations.Select(NationDocument.From)],
            Areas = [.. problem.Areas],
            Pledges = [.. problem.Pledges.Select(pledge => PledgeDocument.From(pledge, common))],
            Funds = [.. problem.Funds.Select(fund => new FundsDocument { Nation = fund.Nation.Code, Project = fund.ProjectId, Amount = fund.Amount, Label = Own(fund.Label, common) })],
            Projects = [.. problem.Projects.Select(project => ProjectDocument.From(project, common))],
        };
    }

    public PoolingDataset ToDataset()
    {
        ConfidentialityLabel common = Label.ToLabel();
        var problem = new PoolingProblem(
            HorizonWeeks,
            Areas,
            Pledges.Select(pledge => pledge.ToPledge(common)),
            Funds.Select(fund => new FundsPledge(Trigraph.Parse(fund.Nation), fund.Project, fund.Amount, fund.Label?.ToLabel() ?? common)),
            Projects.Select(project => project.ToProject(common)));
        return new PoolingDataset(Notice, [.. Nations.Select(nation => nation.ToFigures())], problem);
    }

    internal static LabelDocument? Own(ConfidentialityLabel label, ConfidentialityLabel? common) =>
        label.Equals(common) ? null : LabelDocument.From(label);
}

/// <summary>A label as policy, classification and releasability, the parts a dataset editor sets.</summary>
internal sealed class LabelDocument
{
    public string Policy { get; init; } = "CONCERT";

    public Classification Classification { get; init; } = Classification.Unclassified;

    public List<string> ReleasableToNations { get; init; } = [];

    public List<string> ReleasableToCommunities { get; init; } = [BuiltInCommunities.Concert.Identifier];

    public DateTimeOffset Created { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static LabelDocument From(ConfidentialityLabel label) => new()
    {
        Policy = label.PolicyIdentifier,
        Classification = label.Classification,
        ReleasableToNations = [.. label.ReleasableToNations.ToArray().Select(nation => nation.Code)],
        ReleasableToCommunities = [.. label.ReleasableToCommunities.Select(community => community.Identifier)],
        Created = label.CreationDateTime,
    };

    public ConfidentialityLabel ToLabel() => new(
        Policy,
        Classification,
        Created,
        NationSet.Of(ReleasableToNations.Select(Trigraph.Parse)),
        ReleasableToCommunities.Select(identifier => CommunityRegistry.Default.TryGetCommunity(identifier, out Community? community)
            ? community
            : throw new FormatException($"Unknown community '{identifier}' in a label.")));
}

/// <summary>A nation's figures.</summary>
internal sealed class NationDocument
{
    public string Code { get; init; } = string.Empty;

    public double DefenceSpendingUsdBillions { get; init; }

    public string DefenceSpendingSource { get; init; } = string.Empty;

    public double GniUsdBillions { get; init; }

    public string GniSource { get; init; } = string.Empty;

    public static NationDocument From(NationFigures figures) => new()
    {
        Code = figures.Nation.Code,
        DefenceSpendingUsdBillions = figures.DefenceSpendingUsdBillions,
        DefenceSpendingSource = figures.DefenceSpendingSource,
        GniUsdBillions = figures.GrossNationalIncomeUsdBillions,
        GniSource = figures.GrossNationalIncomeSource,
    };

    public NationFigures ToFigures() =>
        new(Trigraph.Parse(Code), DefenceSpendingUsdBillions, DefenceSpendingSource, GniUsdBillions, GniSource);
}

/// <summary>An asset pledge.</summary>
internal sealed class PledgeDocument
{
    public string Id { get; init; } = string.Empty;

    public string Nation { get; init; } = string.Empty;

    public AssetType AssetType { get; init; }

    public List<Capabilities> Capabilities { get; init; } = [];

    public int Count { get; init; } = 1;

    public int FirstWeek { get; init; } = 1;

    public int LastWeek { get; init; } = 1;

    public int CostPerDay { get; init; }

    public string HomePort { get; init; } = string.Empty;

    public Dictionary<string, int> TransitDays { get; init; } = [];

    public List<string> ExcludedAreas { get; init; } = [];

    public List<Capabilities> ExcludedTasks { get; init; } = [];

    public LabelDocument? Label { get; init; }

    public static PledgeDocument From(Pledge pledge, ConfidentialityLabel? common) => new()
    {
        Id = pledge.Id,
        Nation = pledge.Nation.Code,
        AssetType = pledge.AssetType,
        Capabilities = Flags(pledge.Capabilities),
        Count = pledge.Count,
        FirstWeek = pledge.Availability.First,
        LastWeek = pledge.Availability.Last,
        CostPerDay = pledge.CostPerDay,
        HomePort = pledge.HomePort,
        TransitDays = pledge.TransitDays.ToDictionary(StringComparer.Ordinal),
        ExcludedAreas = [.. pledge.Caveats.ExcludedAreaIds],
        ExcludedTasks = Flags(pledge.Caveats.ExcludedTasks),
        Label = DatasetDocument.Own(pledge.Label, common),
    };

    public Pledge ToPledge(ConfidentialityLabel common) => new(
        Id,
        Trigraph.Parse(Nation),
        AssetType,
        Capabilities.Aggregate(Model.Capabilities.None, (all, one) => all | one),
        Count,
        new WeekRange(FirstWeek, LastWeek),
        CostPerDay,
        HomePort,
        TransitDays.ToImmutableDictionary(StringComparer.Ordinal),
        new NationalCaveats([.. ExcludedAreas], ExcludedTasks.Aggregate(Model.Capabilities.None, (all, one) => all | one)),
        Label?.ToLabel() ?? common);

    internal static List<Capabilities> Flags(Capabilities set) =>
        [.. Enum.GetValues<Capabilities>().Where(flag => flag != Model.Capabilities.None && set.HasFlag(flag))];
}

/// <summary>A funds pledge.</summary>
internal sealed class FundsDocument
{
    public string Nation { get; init; } = string.Empty;

    public string Project { get; init; } = string.Empty;

    public long Amount { get; init; }

    public LabelDocument? Label { get; init; }
}

/// <summary>A project.</summary>
internal sealed class ProjectDocument
{
    public string Id { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public RotationRule Rotation { get; init; } = new(8, 2);

    public Dictionary<string, long> BudgetCaps { get; init; } = [];

    public List<RequirementDocument> Requirements { get; init; } = [];

    public LabelDocument? Label { get; init; }

    public static ProjectDocument From(PoolingProject project, ConfidentialityLabel? common) => new()
    {
        Id = project.Id,
        Name = project.Name,
        Rotation = project.Rotation,
        BudgetCaps = project.BudgetCaps.ToDictionary(entry => entry.Key.Code, entry => entry.Value, StringComparer.Ordinal),
        Requirements = [.. project.Requirements.Select(RequirementDocument.From)],
        Label = DatasetDocument.Own(project.Label, common),
    };

    public PoolingProject ToProject(ConfidentialityLabel common) => new(
        Id,
        Name,
        [.. Requirements.Select(requirement => requirement.ToRequirement())],
        Rotation,
        BudgetCaps.ToImmutableDictionary(entry => Trigraph.Parse(entry.Key), entry => entry.Value),
        Label?.ToLabel() ?? common);
}

/// <summary>A requirement.</summary>
internal sealed class RequirementDocument
{
    public string Id { get; init; } = string.Empty;

    public string Area { get; init; } = string.Empty;

    public RequirementKind Kind { get; init; }

    public Capabilities Capability { get; init; }

    public int FirstWeek { get; init; } = 1;

    public int LastWeek { get; init; } = 1;

    public int UnitsPerWeek { get; init; } = 1;

    public int RiskWeight { get; init; } = 1;

    public List<int> GroupTransitWeeks { get; init; } = [];

    public static RequirementDocument From(Requirement requirement) => new()
    {
        Id = requirement.Id,
        Area = requirement.AreaId,
        Kind = requirement.Kind,
        Capability = requirement.Capability,
        FirstWeek = requirement.Period.First,
        LastWeek = requirement.Period.Last,
        UnitsPerWeek = requirement.UnitsPerWeek,
        RiskWeight = requirement.RiskWeight,
        GroupTransitWeeks = [.. requirement.GroupTransitWeeks.IsDefault ? [] : requirement.GroupTransitWeeks],
    };

    public Requirement ToRequirement() => new(
        Id, Area, Kind, Capability, new WeekRange(FirstWeek, LastWeek), UnitsPerWeek, RiskWeight, [.. GroupTransitWeeks]);
}
