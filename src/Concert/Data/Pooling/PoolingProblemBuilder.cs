using System.Collections.Immutable;
using System.Globalization;
using Concert.Pooling.Model;
using Concert.Sharing;

namespace Concert.Data.Pooling;

/// <summary>
/// Turns stored pooling rows into the planner's <see cref="PoolingProblem"/>, and says which stored pledge each of the
/// model's pledge identifiers stands for.
/// </summary>
/// <remarks>
/// A pledge may name transit times to areas of projects the planner was not given (not released to the caller):
/// those entries are dropped, since the planner only knows the given projects' areas. Funds for a project not given
/// are dropped for the same reason.
/// </remarks>
internal sealed class PoolingProblemBuilder
{
    private readonly Dictionary<string, long> _storedIdByModelId = new(StringComparer.Ordinal);

    private PoolingProblemBuilder()
    {
    }

    /// <summary>The problem.</summary>
    public PoolingProblem Problem { get; private set; } = null!;

    /// <summary>Builds the problem of some inputs and perhaps one hypothetical pledge.</summary>
    /// <param name="inputs">The stored rows.</param>
    /// <param name="hypothetical">What-ifs' extra pledges (stored id 0), with their labels.</param>
    /// <returns>The builder holding the problem.</returns>
    /// <exception cref="ArgumentException">The rows are inconsistent (an area of two projects, repeated requirement
    /// identifiers, labels under two policies); the message names the fault.</exception>
    public static PoolingProblemBuilder Build(PlanInputs inputs, IReadOnlyList<LabelledRow<PledgeDocument>> hypothetical)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(hypothetical);
        var builder = new PoolingProblemBuilder();
        var areas = new List<OperatingArea>();
        var areaIds = new HashSet<string>(StringComparer.Ordinal);
        var projects = new List<PoolingProject>();
        foreach ((StoredPoolingProject row, ConfidentialityLabel label) in inputs.Projects)
        {
            foreach (AreaDocument area in PoolingJson.Read<List<AreaDocument>>(row.AreasJson).Where(area => areaIds.Add(area.Id)))
            {
                areas.Add(new OperatingArea(area.Id, area.Name));
            }

            projects.Add(ToProject(row, label));
        }

        var codeCounts = inputs.Pledges.CountBy(pledge => pledge.Row.Code).ToDictionary(StringComparer.Ordinal);
        var pledges = new List<Pledge>();
        foreach ((StoredPledge row, ConfidentialityLabel label) in inputs.Pledges)
        {
            // Codes are chosen by nations and may repeat across them; the model needs unique identifiers.
            string modelId = codeCounts[row.Code] == 1 ? row.Code : string.Create(CultureInfo.InvariantCulture, $"{row.Code}#{row.Id}");
            builder._storedIdByModelId[modelId] = row.Id;
            pledges.Add(ToPledge(modelId, row.Nation, row.AssetType, row.Capabilities, row.Count, row.FirstWeek, row.LastWeek, row.CostPerDay,
                row.HomePort, PoolingJson.Read<Dictionary<string, int>>(row.TransitDaysJson), PoolingJson.Read<List<string>>(row.ExcludedAreasJson),
                row.ExcludedTasks, label, areaIds));
        }

        foreach ((PledgeDocument extra, ConfidentialityLabel extraLabel) in hypothetical)
        {
            string modelId = extra.Code;
            for (int copy = 2; builder._storedIdByModelId.ContainsKey(modelId); copy++)
            {
                modelId = string.Create(CultureInfo.InvariantCulture, $"{extra.Code} (what-if {copy})");
            }

            builder._storedIdByModelId[modelId] = 0;
            pledges.Add(ToPledge(modelId, extra.Nation, extra.AssetType, extra.Capabilities, extra.Count, extra.FirstWeek, extra.LastWeek,
                extra.CostPerDay, extra.HomePort, extra.TransitDays, extra.ExcludedAreas, extra.ExcludedTasks, extraLabel, areaIds));
        }

        var projectCodes = projects.Select(project => project.Id).ToHashSet(StringComparer.Ordinal);
        FundsPledge[] funds =
        [
            .. inputs.Funds.Where(funds => projectCodes.Contains(funds.Row.ProjectCode))
                .Select(funds => new FundsPledge(Trigraph.Parse(funds.Row.Nation), funds.Row.ProjectCode, funds.Row.Amount, funds.Label)),
        ];
        int horizon = Math.Max(
            1,
            Math.Max(
                pledges.Select(pledge => pledge.Availability.Last).DefaultIfEmpty(1).Max(),
                projects.SelectMany(project => project.Requirements).Select(requirement => requirement.Period.Last).DefaultIfEmpty(1).Max()));
        builder.Problem = new PoolingProblem(horizon, areas, pledges, funds, projects);
        return builder;
    }

    /// <summary>The same identifiers over a what-if variant of the problem (a nation withdrawn).</summary>
    /// <param name="problem">The variant, whose pledges are a subset of this problem's.</param>
    /// <returns>A builder holding the variant.</returns>
    public PoolingProblemBuilder Narrowed(PoolingProblem problem)
    {
        var narrowed = new PoolingProblemBuilder { Problem = problem };
        foreach ((string modelId, long storedId) in _storedIdByModelId)
        {
            narrowed._storedIdByModelId[modelId] = storedId;
        }

        return narrowed;
    }

    /// <summary>The stored pledge a model pledge identifier stands for (0 for a what-if's hypothetical pledge).</summary>
    /// <param name="modelId">The identifier in the problem.</param>
    /// <returns>The stored key.</returns>
    public long StoredPledgeId(string modelId) => _storedIdByModelId[modelId];

    /// <summary>The model form of a stored project.</summary>
    /// <param name="row">The row.</param>
    /// <param name="label">Its label.</param>
    /// <returns>The project.</returns>
    public static PoolingProject ToProject(StoredPoolingProject row, ConfidentialityLabel label)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new PoolingProject(
            row.Code,
            row.Name,
            [.. PoolingJson.Read<List<RequirementDocument>>(row.RequirementsJson).Select(ToRequirement)],
            new RotationRule(row.RotationMaxWeeksOnStation, row.RotationRestWeeks),
            PoolingJson.Read<Dictionary<string, long>>(row.BudgetCapsJson).ToImmutableDictionary(cap => Trigraph.Parse(cap.Key), cap => cap.Value),
            label);
    }

    private static Requirement ToRequirement(RequirementDocument document) => new(
        document.Id,
        document.AreaId,
        Enum.Parse<RequirementKind>(document.Kind),
        Enum.Parse<Capabilities>(document.Capability),
        new WeekRange(document.FirstWeek, document.LastWeek),
        document.UnitsPerWeek,
        document.RiskWeight,
        [.. document.GroupTransitWeeks]);

    private static Pledge ToPledge(
        string modelId, string nation, string assetType, int capabilities, int count, int firstWeek, int lastWeek, int costPerDay, string homePort,
        IReadOnlyDictionary<string, int> transitDays, IReadOnlyList<string> excludedAreas, int excludedTasks, ConfidentialityLabel label, HashSet<string> knownAreas) =>
        new(
            modelId,
            Trigraph.Parse(nation),
            Enum.Parse<AssetType>(assetType),
            (Capabilities)capabilities,
            count,
            new WeekRange(firstWeek, lastWeek),
            costPerDay,
            homePort,
            transitDays.Where(transit => knownAreas.Contains(transit.Key)).ToImmutableDictionary(StringComparer.Ordinal),
            new NationalCaveats([.. excludedAreas], (Capabilities)excludedTasks),
            label);
}
