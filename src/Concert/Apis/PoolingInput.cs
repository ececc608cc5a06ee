using Concert.Apis.Contracts;
using Concert.Data.Pooling;
using Concert.Pooling.Model;
using Concert.Security;
using Concert.Sharing;

namespace Concert.Apis;

/// <summary>
/// Reads pooling write requests into stored rows and says precisely, field by field, what is wrong with them; the
/// data annotations on the requests have already checked presence and ranges.
/// </summary>
internal static class PoolingInput
{
    /// <summary>The last planning week a record may name (two years of weeks).</summary>
    public const int MaximumWeek = 104;

    /// <summary>The longest time limit a plan request may ask for.</summary>
    public const int MaximumTimeLimitSeconds = 60;

    /// <summary>The most points an area outline may have: enough for a coastline-following patrol box.</summary>
    public const int MaximumBoundaryPoints = 200;

    /// <summary>The policy of every pooling label: a plan combines the labels of its inputs, which needs one policy.</summary>
    public const string Policy = "CONCERT";

    /// <summary>The label of a pooling write: read as <see cref="LabelInput.Read"/> does, under the pooling policy, and
    /// one the author may read (otherwise nobody who wrote a record could see or correct it).</summary>
    /// <param name="fields">The JSON label.</param>
    /// <param name="xml">The XML label.</param>
    /// <param name="viewer">The author.</param>
    /// <param name="policy">The sharing policy.</param>
    /// <param name="now">The label's creation time when given as fields.</param>
    /// <param name="errors">Where field errors go.</param>
    /// <param name="prefix">The field path prefix ("" or "addPledge.").</param>
    /// <returns>The label, or null with errors.</returns>
    public static ConfidentialityLabel? Label(
        LabelFields? fields, string? xml, Viewer viewer, SharingPolicy policy, DateTimeOffset now, Dictionary<string, string[]> errors, string prefix = "")
    {
        ConfidentialityLabel? label = LabelInput.Read(fields, xml, policy, now, out Dictionary<string, string[]> labelErrors);
        foreach ((string field, string[] messages) in labelErrors)
        {
            errors[prefix + field] = messages;
        }

        if (label is null)
        {
            return null;
        }

        if (label.PolicyIdentifier != Policy)
        {
            errors[prefix + (xml is null ? "label.policy" : "labelXml")] =
                [$"Pooling records are labelled under the {Policy} policy, so that a plan's label can combine them; '{label.PolicyIdentifier}' is not it."];
            return null;
        }

        if (policy.Decider.Decide(viewer.Subject, label, now) is { IsPermitted: false } decision)
        {
            errors[prefix + "label"] = [$"You could not read a record with this label yourself. {decision.Explanation}"];
            return null;
        }

        return label;
    }

    /// <summary>Reads a nation code; a text that is none leaves the reason under <paramref name="field"/>.</summary>
    /// <param name="code">The ISO 3166-1 alpha-3 code as sent.</param>
    /// <param name="field">The field path the message goes under.</param>
    /// <param name="errors">Where field errors go.</param>
    /// <param name="nation">The nation, when the code is one.</param>
    /// <returns>True when the code is a nation's.</returns>
    public static bool TryNation(string? code, string field, Dictionary<string, string[]> errors, out Trigraph nation)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Trigraph.TryParse(code, out nation))
        {
            return true;
        }

        errors[field] = [Trigraph.DescribeRejection(code)];
        return false;
    }

    /// <summary>The fields of a pledge request in stored form, or null with field errors.</summary>
    /// <param name="request">The request.</param>
    /// <param name="errors">Where field errors go.</param>
    /// <param name="prefix">The field path prefix.</param>
    /// <returns>The pledge fields (label aside), or null.</returns>
    public static PledgeDocument? Pledge(PoolingPledgeRequest request, Dictionary<string, string[]> errors, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(request);
        int before = errors.Count;
        TryNation(request.Nation, prefix + "nation", errors, out Trigraph nation);

        if (!Enum.TryParse(request.AssetType, ignoreCase: false, out AssetType assetType) || !Enum.IsDefined(assetType))
        {
            errors[prefix + "assetType"] = [$"'{request.AssetType}' is not an asset type; expected one of {string.Join(", ", Enum.GetNames<AssetType>())}."];
        }

        Capabilities capabilities = Flags(request.Capabilities, prefix + "capabilities", errors);
        Capabilities excludedTasks = Flags(request.ExcludedTasks ?? [], prefix + "excludedTasks", errors);
        if (request.LastWeek < request.FirstWeek)
        {
            errors[prefix + "lastWeek"] = [$"The last week ({request.LastWeek}) is before the first week ({request.FirstWeek})."];
        }

        string[] badTransit = [.. request.TransitDays.Where(transit => string.IsNullOrWhiteSpace(transit.Key) || transit.Value is < 0 or > 365)
            .Select(transit => $"'{transit.Key}': {transit.Value}")];
        if (badTransit.Length > 0)
        {
            errors[prefix + "transitDays"] = [$"Transit days are 0 to 365 for a named area; not {string.Join(", ", badTransit)}."];
        }
        else if (request.TransitDays.Count == 0)
        {
            errors[prefix + "transitDays"] = ["Give the transit days to at least one area, or the asset can reach none."];
        }

        if ((request.ExcludedAreas ?? []).Any(string.IsNullOrWhiteSpace))
        {
            errors[prefix + "excludedAreas"] = ["An excluded area must be named."];
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new PledgeDocument(
            request.Code.Trim(), nation.Code, assetType.ToString(), (int)capabilities, request.Count, request.FirstWeek, request.LastWeek,
            request.CostPerDay, request.HomePort.Trim(), request.TransitDays.ToDictionary(StringComparer.Ordinal), [.. request.ExcludedAreas ?? []],
            (int)excludedTasks, LabelXml: null);
    }

    /// <summary>Checks a pledge request; copies it onto <paramref name="row"/> when it is valid.</summary>
    /// <param name="request">The request.</param>
    /// <param name="row">The row to fill.</param>
    /// <param name="errors">Where field errors go.</param>
    /// <returns>True when valid.</returns>
    public static bool Pledge(PoolingPledgeRequest request, StoredPledge row, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (Pledge(request, errors) is not { } fields)
        {
            return false;
        }

        row.Code = fields.Code;
        row.Nation = fields.Nation;
        row.AssetType = fields.AssetType;
        row.Capabilities = fields.Capabilities;
        row.Count = fields.Count;
        row.FirstWeek = fields.FirstWeek;
        row.LastWeek = fields.LastWeek;
        row.CostPerDay = fields.CostPerDay;
        row.HomePort = fields.HomePort;
        row.TransitDaysJson = PoolingJson.Write(fields.TransitDays);
        row.ExcludedAreasJson = PoolingJson.Write(fields.ExcludedAreas);
        row.ExcludedTasks = fields.ExcludedTasks;
        return true;
    }

    /// <summary>Checks a project request; copies it onto <paramref name="row"/> when it is valid.</summary>
    /// <param name="request">The request.</param>
    /// <param name="row">The row to fill.</param>
    /// <param name="errors">Where field errors go.</param>
    /// <returns>True when valid.</returns>
    public static bool Project(PoolingProjectRequest request, StoredPoolingProject row, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(row);
        int before = errors.Count;
        var areaIds = new HashSet<string>(StringComparer.Ordinal);
        for (int index = 0; index < request.Areas.Count; index++)
        {
            AreaDocument area = request.Areas[index];
            if (string.IsNullOrWhiteSpace(area.Id) || string.IsNullOrWhiteSpace(area.Name) || !areaIds.Add(area.Id))
            {
                errors[$"areas[{index}]"] = ["Each area needs an identifier, not repeated, and a name."];
            }

            if (area.Boundary is { } boundary && BoundaryFault(boundary) is { } fault)
            {
                errors[$"areas[{index}].boundary"] = [fault];
            }
        }

        var requirementIds = new HashSet<string>(StringComparer.Ordinal);
        for (int index = 0; index < request.Requirements.Count; index++)
        {
            Requirement(request.Requirements[index], $"requirements[{index}]", areaIds, requirementIds, errors);
        }

        foreach (string nation in (request.BudgetCaps ?? new Dictionary<string, long>()).Where(cap => !Trigraph.TryParse(cap.Key, out _) || cap.Value < 0).Select(cap => cap.Key))
        {
            Add(errors, "budgetCaps", $"'{nation}': a cap is a non-negative amount in k€ for an ISO 3166-1 alpha-3 nation.");
        }

        if (errors.Count > before)
        {
            return false;
        }

        row.Code = request.Code.Trim();
        row.Name = request.Name.Trim();
        row.AreasJson = PoolingJson.Write(request.Areas);
        row.RequirementsJson = PoolingJson.Write(request.Requirements);
        row.RotationMaxWeeksOnStation = request.MaxWeeksOnStation;
        row.RotationRestWeeks = request.RestWeeks;
        row.BudgetCapsJson = PoolingJson.Write(request.BudgetCaps ?? new Dictionary<string, long>());
        return true;
    }

    private static void Requirement(RequirementDocument requirement, string path, HashSet<string> areaIds, HashSet<string> requirementIds, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(requirement.Id) || !requirementIds.Add(requirement.Id))
        {
            errors[path + ".id"] = ["Each requirement needs an identifier, not repeated."];
        }

        if (!areaIds.Contains(requirement.AreaId ?? string.Empty))
        {
            errors[path + ".areaId"] = [$"'{requirement.AreaId}' is not one of the project's areas."];
        }

        if (!Enum.TryParse(requirement.Kind, ignoreCase: false, out RequirementKind kind) || !Enum.IsDefined(kind))
        {
            errors[path + ".kind"] = [$"'{requirement.Kind}' is not a requirement kind; expected one of {string.Join(", ", Enum.GetNames<RequirementKind>())}."];
        }

        if (!Enum.TryParse(requirement.Capability, ignoreCase: false, out Capabilities capability) || capability == Capabilities.None
            || !Enum.GetValues<Capabilities>().Contains(capability))
        {
            errors[path + ".capability"] = [$"'{requirement.Capability}' is not one capability; expected one of {CapabilityNames}."];
        }

        if (requirement.FirstWeek is < 1 or > MaximumWeek || requirement.LastWeek < requirement.FirstWeek || requirement.LastWeek > MaximumWeek)
        {
            errors[path + ".lastWeek"] = [$"The weeks run from 1 to {MaximumWeek}, the last not before the first."];
        }

        if (requirement.UnitsPerWeek is < 1 or > 100)
        {
            errors[path + ".unitsPerWeek"] = ["Between 1 and 100 units a week."];
        }

        if (requirement.RiskWeight is < 1 or > 10)
        {
            errors[path + ".riskWeight"] = ["The risk weight is 1 (low) to 10 (high)."];
        }

        IReadOnlyList<int> transits = requirement.GroupTransitWeeks ?? [];
        if (kind == RequirementKind.GroupTransitEscort
            && (transits.Count == 0 || transits.Any(week => week < requirement.FirstWeek || week > requirement.LastWeek)))
        {
            errors[path + ".groupTransitWeeks"] = ["An escort requirement needs its group-transit weeks, each inside its period."];
        }
    }

    /// <summary>Why an area outline cannot be drawn, or null when it can.</summary>
    private static string? BoundaryFault(IReadOnlyList<IReadOnlyList<double>> boundary)
    {
        if (boundary.Count is < 3 or > MaximumBoundaryPoints)
        {
            return $"An outline has 3 to {MaximumBoundaryPoints} points; this one has {boundary.Count}.";
        }

        int bad = boundary.Select((point, index) => (point, index))
            .FirstOrDefault(entry => entry.point is not [>= -180 and <= 180, >= -90 and <= 90], (null!, -1)).index;
        return bad < 0
            ? null
            : $"Point {bad + 1} of the outline is not a [longitude, latitude] pair within ±180° and ±90°.";
    }

    private static string CapabilityNames => string.Join(", ", Enum.GetNames<Capabilities>().Where(name => name != nameof(Capabilities.None)));

    private static Capabilities Flags(IReadOnlyList<string> names, string field, Dictionary<string, string[]> errors)
    {
        Capabilities flags = Capabilities.None;
        foreach (string name in names)
        {
            if (Enum.TryParse(name, ignoreCase: false, out Capabilities flag) && flag != Capabilities.None && Enum.GetValues<Capabilities>().Contains(flag))
            {
                flags |= flag;
            }
            else
            {
                Add(errors, field, $"'{name}' is not a capability; expected one of {CapabilityNames}.");
            }
        }

        return flags;
    }

    private static void Add(Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out string[]? existing) ? [.. existing, message] : [message];
}
