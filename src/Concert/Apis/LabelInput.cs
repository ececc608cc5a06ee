using Concert.Apis.Contracts;
using Concert.Security;
using Concert.Sharing;
using Concert.Sharing.Stanag4774;

namespace Concert.Apis;

/// <summary>
/// Reads the label of a write request, from JSON fields or STANAG 4774 XML, and says precisely what is wrong with it.
/// </summary>
internal static class LabelInput
{
    /// <summary>The tag name of the restrictive category the JSON <c>caveats</c> field fills.</summary>
    public const string CaveatTagName = "Special Handling";

    /// <summary>The label of a request, or the validation errors by field.</summary>
    /// <param name="fields">The JSON label, or null.</param>
    /// <param name="xml">The XML label, or null.</param>
    /// <param name="policy">The sharing policy (known policies, communities).</param>
    /// <param name="now">The creation time of a label given as fields.</param>
    /// <param name="errors">Field paths and messages, empty on success.</param>
    /// <returns>The label, or null when <paramref name="errors"/> is not empty.</returns>
    public static ConfidentialityLabel? Read(LabelFields? fields, string? xml, SharingPolicy policy, DateTimeOffset now, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if ((fields is null) == (xml is null))
        {
            errors["label"] = ["Give the label either as 'label' fields or as 'labelXml', exactly one of them."];
            return null;
        }

        ConfidentialityLabel? label = xml is not null ? FromXml(xml, policy, errors) : FromFields(fields!, policy, now, errors);
        if (label is not null && !policy.Decider.KnownPolicies.Contains(label.PolicyIdentifier))
        {
            errors[xml is not null ? "labelXml" : "label.policy"] =
                [$"The policy '{label.PolicyIdentifier}' is not known here; known: {string.Join(", ", policy.Decider.KnownPolicies)}."];
            return null;
        }

        return errors.Count == 0 ? label : null;
    }

    private static ConfidentialityLabel? FromXml(string xml, SharingPolicy policy, Dictionary<string, string[]> errors)
    {
        try
        {
            ConfidentialityLabel label = policy.LabelReader.Read(xml);
            string[] unknown = [.. label.ReleasableToCommunities.Where(community => !policy.Registry.TryGetCommunity(community.Identifier, out _))
                .Select(community => community.Identifier)];
            if (unknown.Length > 0)
            {
                errors["labelXml"] = [$"'{string.Join("', '", unknown)}' is neither an assigned ISO 3166-1 alpha-3 code nor a known community."];
                return null;
            }

            return label;
        }
        catch (LabelFormatException error)
        {
            errors["labelXml"] = [error.Message];
            return null;
        }
    }

    private static ConfidentialityLabel? FromFields(LabelFields fields, SharingPolicy policy, DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(fields.Policy))
        {
            errors["label.policy"] = ["The policy identifier is required (for example CONCERT or NATO)."];
        }

        if (!ClassificationMarkings.TryParse(fields.Classification, out Classification classification))
        {
            errors["label.classification"] = [$"'{fields.Classification}' is not a classification; expected UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET or TOP SECRET."];
        }

        var nations = NationSet.Empty;
        foreach (string code in fields.ReleasableToNations ?? [])
        {
            if (Trigraph.TryParse(code, out Trigraph nation))
            {
                nations = nations.Add(nation);
            }
            else
            {
                Add(errors, "label.releasableToNations", Trigraph.DescribeRejection(code));
            }
        }

        var communities = new List<Community>();
        foreach (string identifier in fields.ReleasableToCommunities ?? [])
        {
            if (policy.Registry.TryGetCommunity(identifier, out Community? community))
            {
                communities.Add(community);
            }
            else
            {
                Add(errors, "label.releasableToCommunities", $"'{identifier}' is not a known community; see GET /api/v1/communities.");
            }
        }

        string[] caveats = [.. fields.Caveats ?? []];
        if (caveats.Any(string.IsNullOrWhiteSpace))
        {
            errors["label.caveats"] = ["A caveat must not be empty."];
        }

        if (errors.Count > 0)
        {
            return null;
        }

        LabelCategory[] categories = caveats.Length > 0 ? [new LabelCategory(CaveatTagName, CategoryType.Restrictive, caveats)] : [];
        return new ConfidentialityLabel(fields.Policy!, classification, now, nations, communities, categories, fields.ReviewDateTime);
    }

    private static void Add(Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out string[]? existing) ? [.. existing, message] : [message];
}
