using System.Globalization;
using System.Xml.Linq;

namespace Concert.Sharing.Stanag4774;

/// <summary>
/// Writes confidentiality labels as STANAG 4774 (ADatP-4774) XML.
/// </summary>
/// <remarks>
/// The output is an <c>slab:originatorConfidentialityLabel</c> with the schema's casing: <c>ReviewDateTime</c> as a
/// root attribute when present; <c>ConfidentialityInformation</c> holding <c>PolicyIdentifier</c>,
/// <c>Classification</c> (the marking of <see cref="ClassificationMarkings.ToMarking"/>), <c>PrivacyMark</c> when
/// present, a PERMISSIVE "Releasable to" category (communities in label order, then nations in code order) when the
/// label is releasable to anyone, then the restrictive and informative categories in label order; and
/// <c>CreationDateTime</c>. Times are written in UTC with a "Z" and only as many fraction digits as they need.
/// <see cref="Stanag4774LabelReader"/> reads the result back to an equal label. Thread-safe.
/// </remarks>
public static class Stanag4774LabelWriter
{
    private static readonly XNamespace Slab = Stanag4774Names.Namespace;

    /// <summary>The label as an element, declaring the <c>slab</c> prefix.</summary>
    /// <param name="label">The label.</param>
    /// <returns>A new element.</returns>
    public static XElement ToElement(ConfidentialityLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var information = new XElement(
            Slab + Stanag4774Names.ConfidentialityInformation,
            new XElement(Slab + Stanag4774Names.PolicyIdentifier, label.PolicyIdentifier),
            new XElement(Slab + Stanag4774Names.Classification, label.Classification.ToMarking()));
        if (label.PrivacyMark is { } privacyMark)
        {
            information.Add(new XElement(Slab + Stanag4774Names.PrivacyMark, privacyMark));
        }

        string[] releasableTo =
            [.. label.ReleasableToCommunities.Select(community => community.Identifier), .. label.ReleasableToNations.ToArray().Select(nation => nation.Code)];
        if (releasableTo.Length > 0)
        {
            information.Add(Category("PERMISSIVE", ConfidentialityLabel.ReleasableToTagName, releasableTo));
        }

        foreach (LabelCategory category in label.Categories)
        {
            information.Add(Category(category.Type == CategoryType.Restrictive ? "RESTRICTIVE" : "INFORMATIVE", category.TagName, category.Values));
        }

        var root = new XElement(
            Slab + Stanag4774Names.WrittenRoot,
            new XAttribute(XNamespace.Xmlns + Stanag4774Names.Prefix, Slab.NamespaceName));
        if (label.ReviewDateTime is { } review)
        {
            root.Add(new XAttribute(Stanag4774Names.ReviewDateTime, Format(review)));
        }

        root.Add(information, new XElement(Slab + Stanag4774Names.CreationDateTime, Format(label.CreationDateTime)));
        return root;
    }

    /// <summary>The label as indented XML text without an XML declaration.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The XML.</returns>
    public static string ToXml(ConfidentialityLabel label) => ToElement(label).ToString();

    private static XElement Category(string type, string tagName, IEnumerable<string> values) =>
        new(
            Slab + Stanag4774Names.Category,
            new XAttribute(Stanag4774Names.TypeAttribute, type),
            new XAttribute(Stanag4774Names.TagNameAttribute, tagName),
            values.Select(value => new XElement(Slab + Stanag4774Names.GenericValue, value)));

    private static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
