using System.Xml.Linq;

namespace Concert.Sharing.Stanag4774;

/// <summary>
/// The STANAG 4774 namespace and element names, and the tolerant name matching the reader uses.
/// </summary>
/// <remarks>
/// The schema spells elements in UpperCamelCase (<c>PolicyIdentifier</c>) except the label roots
/// (<c>originatorConfidentialityLabel</c>), yet labels in the wild use either casing for both. Names therefore match
/// when they are equal apart from the case of the first letter; anything else must be exact.
/// </remarks>
internal static class Stanag4774Names
{
    public static readonly XNamespace Namespace = "urn:nato:stanag:4774:confidentialitymetadatalabel:1:0";

    public const string Prefix = "slab";

    /// <summary>Root names, as the schema spells them; <c>ConfidentialityLabel</c> is its backwards-compatible form.</summary>
    public static readonly string[] RootNames =
        ["originatorConfidentialityLabel", "alternativeConfidentialityLabel", "metadataConfidentialityLabel", "ConfidentialityLabel"];

    public const string WrittenRoot = "originatorConfidentialityLabel";
    public const string ConfidentialityInformation = "ConfidentialityInformation";
    public const string PolicyIdentifier = "PolicyIdentifier";
    public const string Classification = "Classification";
    public const string PrivacyMark = "PrivacyMark";
    public const string Category = "Category";
    public const string GenericValue = "GenericValue";
    public const string CreationDateTime = "CreationDateTime";
    public const string ReviewDateTime = "ReviewDateTime";
    public const string TypeAttribute = "Type";
    public const string TagNameAttribute = "TagName";

    /// <summary>Whether <paramref name="name"/> is <paramref name="expected"/> in the 4774 namespace, first letter in
    /// either case.</summary>
    public static bool Matches(XName name, string expected) =>
        name.Namespace == Namespace && MatchesLocal(name.LocalName, expected);

    /// <summary>Whether a local name (of an unqualified attribute) matches, first letter in either case.</summary>
    public static bool MatchesLocal(string localName, string expected) =>
        localName.Length == expected.Length
        && char.ToUpperInvariant(localName[0]) == char.ToUpperInvariant(expected[0])
        && localName.AsSpan(1).SequenceEqual(expected.AsSpan(1));
}
