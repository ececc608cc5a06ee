using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Concert.Sharing.Stanag4774;

/// <summary>
/// Reads STANAG 4774 (ADatP-4774) confidentiality labels from XML.
/// </summary>
/// <remarks>
/// <para>Accepted roots are <c>originatorConfidentialityLabel</c>, <c>alternativeConfidentialityLabel</c>,
/// <c>metadataConfidentialityLabel</c> and the legacy <c>ConfidentialityLabel</c>, in the namespace
/// <c>urn:nato:stanag:4774:confidentialitymetadatalabel:1:0</c>; element and attribute names match with the first
/// letter in either case (see <see cref="Stanag4774Names"/>).</para>
/// <para>Mapping: <c>PolicyIdentifier</c>, <c>Classification</c> (the markings of <see cref="ClassificationMarkings"/>),
/// optional <c>PrivacyMark</c>, <c>Category</c> elements, <c>CreationDateTime</c> (required) and <c>ReviewDateTime</c>
/// (the schema's root attribute, or an element as some older writers emit). The PERMISSIVE category tagged
/// "Releasable to" gives releasability: each value that is an ISO 3166-1 alpha-3 code is a nation, any other value
/// a community identifier, resolved through the registry or else kept as an unknown community that no nation belongs
/// to. Any other permissive category is rejected, since a decision that ignored it would release too much.
/// Elements this model does not hold (<c>OriginatorID</c>, foreign extensions) are skipped.</para>
/// <para>Every rejection is a <see cref="LabelFormatException"/> naming the rule and the element. Documents with a
/// DTD are rejected. Thread-safe.</para>
/// </remarks>
public sealed class Stanag4774LabelReader
{
    // Labels come from other systems: no DTD, so no entity can expand without bound or reach outside.
    private static readonly XmlReaderSettings SafeSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    private readonly CommunityRegistry _registry;

    /// <summary>Creates a reader that resolves community identifiers through <paramref name="registry"/>.</summary>
    /// <param name="registry">Known communities.</param>
    public Stanag4774LabelReader(CommunityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
    }

    /// <summary>Reads a label from XML text.</summary>
    /// <param name="xml">The label document.</param>
    /// <returns>The label.</returns>
    /// <exception cref="LabelFormatException">The text is not well-formed XML or not a valid label.</exception>
    public ConfidentialityLabel Read(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        XDocument document;
        try
        {
            using var text = new StringReader(xml);
            using var reader = XmlReader.Create(text, SafeSettings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException error)
        {
            throw new LabelFormatException($"The label is not well-formed XML: {error.Message}", "/", error.LineNumber, error.LinePosition, error);
        }

        return Read(document.Root!);
    }

    /// <summary>Reads a label from an element (for a label embedded in a larger document, such as a STANAG 4778
    /// binding).</summary>
    /// <param name="label">The label element.</param>
    /// <returns>The label.</returns>
    /// <exception cref="LabelFormatException">The element is not a valid label.</exception>
    public ConfidentialityLabel Read(XElement label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (!Stanag4774Names.RootNames.Any(root => Stanag4774Names.Matches(label.Name, root)))
        {
            throw Error(
                label,
                $"Expected a confidentiality label element ({string.Join(", ", Stanag4774Names.RootNames)}) in namespace " +
                $"{Stanag4774Names.Namespace.NamespaceName}, found '{label.Name.LocalName}' in namespace '{label.Name.NamespaceName}'");
        }

        XElement information = Single(label, Stanag4774Names.ConfidentialityInformation)!;
        string policy = Text(Single(information, Stanag4774Names.PolicyIdentifier)!);
        XElement classificationElement = Single(information, Stanag4774Names.Classification)!;
        string marking = Text(classificationElement);
        if (!ClassificationMarkings.TryParse(marking, out Classification classification))
        {
            throw Error(
                classificationElement,
                $"'{marking}' is not a classification; expected UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET or TOP SECRET");
        }

        XElement? privacyElement = Single(information, Stanag4774Names.PrivacyMark, required: false);
        string? privacyMark = privacyElement is null ? null : Text(privacyElement);

        NationSet nations = NationSet.Empty;
        var communities = new List<Community>();
        var categories = new List<LabelCategory>();
        bool releasabilitySeen = false;
        foreach (XElement category in Children(information, Stanag4774Names.Category))
        {
            (CategoryType type, string tagName, List<string> values) = ReadCategory(category);
            if (type != CategoryType.Permissive)
            {
                categories.Add(new LabelCategory(tagName, type, values));
                continue;
            }

            if (!string.Equals(tagName, ConfidentialityLabel.ReleasableToTagName, StringComparison.OrdinalIgnoreCase))
            {
                throw Error(category, $"Permissive category '{tagName}' is not supported; only '{ConfidentialityLabel.ReleasableToTagName}' is");
            }

            if (releasabilitySeen)
            {
                throw Error(category, $"The '{ConfidentialityLabel.ReleasableToTagName}' category appears more than once");
            }

            releasabilitySeen = true;
            foreach (string value in values)
            {
                if (Trigraph.TryParse(value, out Trigraph nation))
                {
                    nations = nations.Add(nation);
                }
                else
                {
                    communities.Add(_registry.TryGetCommunity(value, out Community? known) ? known : new Community(value, value));
                }
            }
        }

        DateTimeOffset creation = ParseDateTime(Single(label, Stanag4774Names.CreationDateTime)!);
        DateTimeOffset? review = ReviewDateTime(label);
        return new ConfidentialityLabel(policy, classification, creation, nations, communities, categories, review, privacyMark);
    }

    private static (CategoryType Type, string TagName, List<string> Values) ReadCategory(XElement category)
    {
        string typeText = Attribute(category, Stanag4774Names.TypeAttribute);
        CategoryType type = typeText.ToUpperInvariant() switch
        {
            "PERMISSIVE" => CategoryType.Permissive,
            "RESTRICTIVE" => CategoryType.Restrictive,
            "INFORMATIVE" => CategoryType.Informative,
            _ => throw Error(category, $"Category type '{typeText}' is not PERMISSIVE, RESTRICTIVE or INFORMATIVE"),
        };
        string tagName = Attribute(category, Stanag4774Names.TagNameAttribute);
        List<string> values = [.. Children(category, Stanag4774Names.GenericValue).Select(Text)];
        if (values.Count == 0)
        {
            throw Error(category, $"Category '{tagName}' has no {Stanag4774Names.GenericValue}");
        }

        return (type, tagName, values);
    }

    private static DateTimeOffset? ReviewDateTime(XElement label)
    {
        XAttribute? attribute = label.Attributes()
            .FirstOrDefault(candidate => candidate.Name.Namespace == XNamespace.None
                && Stanag4774Names.MatchesLocal(candidate.Name.LocalName, Stanag4774Names.ReviewDateTime));
        XElement? element = Single(label, Stanag4774Names.ReviewDateTime, required: false);
        if (attribute is not null && element is not null)
        {
            throw Error(element, "ReviewDateTime is given both as attribute and as element");
        }

        return attribute is not null ? ParseDateTime(label, attribute.Value, $"attribute {attribute.Name.LocalName}")
            : element is not null ? ParseDateTime(element)
            : null;
    }

    private static DateTimeOffset ParseDateTime(XElement element) => ParseDateTime(element, Text(element), "value");

    private static DateTimeOffset ParseDateTime(XElement element, string text, string what)
    {
        // xs:dateTime without a zone is ambiguous; a label must not change meaning with the reader's time zone.
        bool hasZone = text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        if (!hasZone || !DateTimeOffset.TryParseExact(
                text,
                ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"],
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out DateTimeOffset value))
        {
            throw Error(element, $"The {what} '{text}' is not an xs:dateTime with a time zone (such as 2026-11-27T12:00:00Z)");
        }

        return value;
    }

    private static string Attribute(XElement element, string name)
    {
        XAttribute? attribute = element.Attributes()
            .FirstOrDefault(candidate => candidate.Name.Namespace == XNamespace.None
                && Stanag4774Names.MatchesLocal(candidate.Name.LocalName, name));
        if (attribute is null || string.IsNullOrWhiteSpace(attribute.Value))
        {
            throw Error(element, $"The required attribute {name} is missing or empty");
        }

        return attribute.Value.Trim();
    }

    private static IEnumerable<XElement> Children(XElement parent, string name) =>
        parent.Elements().Where(child => Stanag4774Names.Matches(child.Name, name));

    private static XElement? Single(XElement parent, string name, bool required = true)
    {
        XElement[] found = [.. Children(parent, name)];
        return found.Length switch
        {
            0 when required => throw Error(parent, $"The required element {name} is missing"),
            0 => null,
            1 => found[0],
            _ => throw Error(found[1], $"The element {name} appears {found.Length} times; at most once is allowed"),
        };
    }

    private static string Text(XElement element)
    {
        if (element.HasElements)
        {
            throw Error(element, $"The element {element.Name.LocalName} must hold text, not elements");
        }

        string text = element.Value.Trim();
        return text.Length > 0 ? text : throw Error(element, $"The element {element.Name.LocalName} is empty");
    }

    private static LabelFormatException Error(XElement element, string problem)
    {
        var info = (IXmlLineInfo)element;
        return new LabelFormatException(problem, PathOf(element), info.HasLineInfo() ? info.LineNumber : 0, info.HasLineInfo() ? info.LinePosition : 0);
    }

    private static string PathOf(XElement element)
    {
        var path = new StringBuilder();
        foreach (XElement step in element.AncestorsAndSelf().Reverse())
        {
            path.Append('/').Append(step.Name.LocalName);
        }

        return path.ToString();
    }
}
