using System.Globalization;
using Concert.Sharing.Stanag4774;

namespace Concert.Sharing.Tests.Stanag4774;

public class Stanag4774LabelTests
{
    private const string Namespace = "urn:nato:stanag:4774:confidentialitymetadatalabel:1:0";

    private static readonly Stanag4774LabelReader Reader = new(CommunityRegistry.Default);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static ConfidentialityLabel FullLabel() => new(
        "CONCERT",
        Classification.Secret,
        Utc("2026-11-27T08:15:30.25Z"),
        NationSet.Of(Trigraph.Parse("JPN"), Trigraph.Parse("KOR")),
        [BuiltInCommunities.Nato, BuiltInCommunities.NatoIndoPacificFour],
        [
            new LabelCategory("Special Handling", CategoryType.Restrictive, ["CRYPTO", "ATOMAL"]),
            new LabelCategory("Operation", CategoryType.Informative, ["PACIFIC SHIELD"]),
        ],
        Utc("2027-11-27T00:00:00+09:00"),
        "IN CONFIDENCE");

    [Fact]
    public void Writes_the_schema_form()
    {
        string xml = Stanag4774LabelWriter.ToXml(FullLabel());

        Assert.Equal(
            """
            <slab:originatorConfidentialityLabel xmlns:slab="urn:nato:stanag:4774:confidentialitymetadatalabel:1:0" ReviewDateTime="2027-11-26T15:00:00Z">
              <slab:ConfidentialityInformation>
                <slab:PolicyIdentifier>CONCERT</slab:PolicyIdentifier>
                <slab:Classification>SECRET</slab:Classification>
                <slab:PrivacyMark>IN CONFIDENCE</slab:PrivacyMark>
                <slab:Category Type="PERMISSIVE" TagName="Releasable to">
                  <slab:GenericValue>NATO</slab:GenericValue>
                  <slab:GenericValue>NATO-IP4</slab:GenericValue>
                  <slab:GenericValue>JPN</slab:GenericValue>
                  <slab:GenericValue>KOR</slab:GenericValue>
                </slab:Category>
                <slab:Category Type="RESTRICTIVE" TagName="Special Handling">
                  <slab:GenericValue>CRYPTO</slab:GenericValue>
                  <slab:GenericValue>ATOMAL</slab:GenericValue>
                </slab:Category>
                <slab:Category Type="INFORMATIVE" TagName="Operation">
                  <slab:GenericValue>PACIFIC SHIELD</slab:GenericValue>
                </slab:Category>
              </slab:ConfidentialityInformation>
              <slab:CreationDateTime>2026-11-27T08:15:30.25Z</slab:CreationDateTime>
            </slab:originatorConfidentialityLabel>
            """.ReplaceLineEndings(),
            xml.ReplaceLineEndings());
    }

    [Fact]
    public void Round_trips_to_an_equal_label()
    {
        ConfidentialityLabel label = FullLabel();

        ConfidentialityLabel read = Reader.Read(Stanag4774LabelWriter.ToXml(label));

        Assert.Equal(label, read);
        Assert.Same(BuiltInCommunities.Nato, read.ReleasableToCommunities[0]);
        Assert.Equal(["CRYPTO", "ATOMAL"], read.Caveats.ToArray());
    }

    [Fact]
    public void Round_trips_a_minimal_label()
    {
        var label = new ConfidentialityLabel("NATO", Classification.Unclassified, Utc("2026-01-01T00:00:00Z"), NationSet.Empty);

        string xml = Stanag4774LabelWriter.ToXml(label);

        Assert.DoesNotContain("Category", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("ReviewDateTime", xml, StringComparison.Ordinal);
        Assert.Contains("<slab:CreationDateTime>2026-01-01T00:00:00Z</slab:CreationDateTime>", xml, StringComparison.Ordinal);
        Assert.Equal(label, Reader.Read(xml));
    }

    // Both casings occur in the wild: the schema's UpperCamelCase elements with lower-camel roots, and lower-camel
    // everywhere; the legacy root ConfidentialityLabel; and a default namespace instead of a prefix.
    [Fact]
    public void Reads_both_element_casings_and_every_root()
    {
        const string upper = $"""
            <ConfidentialityLabel xmlns="{Namespace}" ReviewDateTime="2027-01-01T00:00:00Z">
              <ConfidentialityInformation>
                <PolicyIdentifier>NATO</PolicyIdentifier>
                <Classification>NATO SECRET</Classification>
                <Category TagName="Releasable to" Type="PERMISSIVE"><GenericValue>NATO</GenericValue><GenericValue>JPN</GenericValue></Category>
                <Category TagName="Special Handling" Type="RESTRICTIVE"><GenericValue>CRYPTO</GenericValue></Category>
              </ConfidentialityInformation>
              <CreationDateTime>2026-11-27T12:00:00Z</CreationDateTime>
            </ConfidentialityLabel>
            """;
        const string lower = $"""
            <s:confidentialityLabel xmlns:s="{Namespace}" reviewDateTime="2027-01-01T00:00:00Z">
              <s:confidentialityInformation>
                <s:policyIdentifier>NATO</s:policyIdentifier>
                <s:classification>NATO SECRET</s:classification>
                <s:category tagName="releasable to" type="permissive"><s:genericValue>NATO</s:genericValue><s:genericValue>JPN</s:genericValue></s:category>
                <s:category tagName="Special Handling" type="restrictive"><s:genericValue>CRYPTO</s:genericValue></s:category>
              </s:confidentialityInformation>
              <s:creationDateTime>2026-11-27T12:00:00Z</s:creationDateTime>
            </s:confidentialityLabel>
            """;
        var expected = new ConfidentialityLabel(
            "NATO",
            Classification.Secret,
            Utc("2026-11-27T12:00:00Z"),
            NationSet.Of(Trigraph.Parse("JPN")),
            [BuiltInCommunities.Nato],
            [new LabelCategory("Special Handling", CategoryType.Restrictive, ["CRYPTO"])],
            Utc("2027-01-01T00:00:00Z"));

        Assert.Equal(expected, Reader.Read(upper));
        Assert.Equal(expected, Reader.Read(lower));
        foreach (string root in new[] { "originatorConfidentialityLabel", "alternativeConfidentialityLabel", "metadataConfidentialityLabel" })
        {
            Assert.Equal(expected, Reader.Read(upper.Replace("ConfidentialityLabel", root, StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("COSMIC TOP SECRET", Classification.TopSecret)]
    [InlineData("TOP SECRET", Classification.TopSecret)]
    [InlineData("NATO RESTRICTED", Classification.Restricted)]
    [InlineData("  CONFIDENTIAL ", Classification.Confidential)]
    [InlineData("NATO UNCLASSIFIED", Classification.Unclassified)]
    public void Reads_NATO_policy_markings(string marking, Classification level) =>
        Assert.Equal(level, Reader.Read(Minimal(classification: marking)).Classification);

    [Fact]
    public void Keeps_unknown_communities_which_nobody_belongs_to_and_skips_foreign_elements()
    {
        ConfidentialityLabel label = Reader.Read(Minimal(
            categories: """<slab:Category Type="PERMISSIVE" TagName="Releasable to"><slab:GenericValue>QUAD</slab:GenericValue></slab:Category>""",
            extra: """<slab:OriginatorID IDType="rfc822Name">watch@example.org</slab:OriginatorID><x:Note xmlns:x="urn:example">n</x:Note>"""));

        Assert.Equal("QUAD", Assert.Single(label.ReleasableToCommunities).Identifier);
        Assert.True(CommunityRegistry.Default.MembersAt(label.ReleasableToCommunities[0], Utc("2026-01-01T00:00:00Z")).IsEmpty);
    }

    public static TheoryData<string, string> MalformedLabels => new()
    {
        {
            "<slab:originatorConfidentialityLabel xmlns:slab=\"" + Namespace + "\">",
            "The label is not well-formed XML: Unexpected end of file has occurred. The following elements are not closed: slab:originatorConfidentialityLabel. Line 1, position 105. at / (line 1, column 105)"
        },
        {
            "<ConfidentialityLabel><ConfidentialityInformation/></ConfidentialityLabel>",
            "Expected a confidentiality label element (originatorConfidentialityLabel, alternativeConfidentialityLabel, metadataConfidentialityLabel, ConfidentialityLabel) in namespace urn:nato:stanag:4774:confidentialitymetadatalabel:1:0, found 'ConfidentialityLabel' in namespace '' at /ConfidentialityLabel (line 1, column 2)"
        },
        {
            Minimal(classification: "SEKRET"),
            "'SEKRET' is not a classification; expected UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET or TOP SECRET at /originatorConfidentialityLabel/ConfidentialityInformation/Classification (line 4, column 6)"
        },
        {
            Minimal(policy: null),
            "The required element PolicyIdentifier is missing at /originatorConfidentialityLabel/ConfidentialityInformation (line 2, column 4)"
        },
        {
            Minimal(policy: "   "),
            "The element PolicyIdentifier is empty at /originatorConfidentialityLabel/ConfidentialityInformation/PolicyIdentifier (line 3, column 6)"
        },
        {
            Minimal(classification: "SECRET</slab:Classification><slab:Classification>SECRET"),
            "The element Classification appears 2 times; at most once is allowed at /originatorConfidentialityLabel/ConfidentialityInformation/Classification (line 4, column 55)"
        },
        {
            Minimal(categories: """<slab:Category Type="PERMISSIVE" TagName="Releasable to"><slab:GenericValue>NATO</slab:GenericValue></slab:Category><slab:Category Type="PERMISSIVE" TagName="Releasable to"><slab:GenericValue>JPN</slab:GenericValue></slab:Category>"""),
            "The 'Releasable to' category appears more than once at /originatorConfidentialityLabel/ConfidentialityInformation/Category (line 5, column 122)"
        },
        {
            Minimal(categories: """<slab:Category Type="PERMISSIVE" TagName="Sensitive Information"><slab:GenericValue>X</slab:GenericValue></slab:Category>"""),
            "Permissive category 'Sensitive Information' is not supported; only 'Releasable to' is at /originatorConfidentialityLabel/ConfidentialityInformation/Category (line 5, column 6)"
        },
        {
            Minimal(categories: """<slab:Category Type="MANDATORY" TagName="Special Handling"><slab:GenericValue>X</slab:GenericValue></slab:Category>"""),
            "Category type 'MANDATORY' is not PERMISSIVE, RESTRICTIVE or INFORMATIVE at /originatorConfidentialityLabel/ConfidentialityInformation/Category (line 5, column 6)"
        },
        {
            Minimal(categories: """<slab:Category Type="RESTRICTIVE"><slab:GenericValue>X</slab:GenericValue></slab:Category>"""),
            "The required attribute TagName is missing or empty at /originatorConfidentialityLabel/ConfidentialityInformation/Category (line 5, column 6)"
        },
        {
            Minimal(categories: """<slab:Category Type="RESTRICTIVE" TagName="Special Handling"/>"""),
            "Category 'Special Handling' has no GenericValue at /originatorConfidentialityLabel/ConfidentialityInformation/Category (line 5, column 6)"
        },
        {
            Minimal(created: "2026-11-27T12:00:00"),
            "The value '2026-11-27T12:00:00' is not an xs:dateTime with a time zone (such as 2026-11-27T12:00:00Z) at /originatorConfidentialityLabel/CreationDateTime (line 7, column 4)"
        },
        {
            Minimal(created: "27/11/2026"),
            "The value '27/11/2026' is not an xs:dateTime with a time zone (such as 2026-11-27T12:00:00Z) at /originatorConfidentialityLabel/CreationDateTime (line 7, column 4)"
        },
        {
            Minimal(created: null),
            "The required element CreationDateTime is missing at /originatorConfidentialityLabel (line 1, column 2)"
        },
        {
            Minimal(review: "tomorrow"),
            "The attribute ReviewDateTime 'tomorrow' is not an xs:dateTime with a time zone (such as 2026-11-27T12:00:00Z) at /originatorConfidentialityLabel (line 1, column 2)"
        },
    };

    [Theory]
    [MemberData(nameof(MalformedLabels))]
    public void Rejects_malformed_labels_saying_what_and_where(string xml, string message)
    {
        LabelFormatException error = Assert.Throws<LabelFormatException>(() => Reader.Read(xml));

        Assert.Equal(message, error.Message);
        Assert.EndsWith(error.Location + (error.LineNumber > 0 ? $" (line {error.LineNumber}, column {error.LinePosition})" : string.Empty), error.Message, StringComparison.Ordinal);
        Assert.StartsWith(error.Problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_document_type_definitions_so_no_entity_can_reach_outside()
    {
        string xml = "<!DOCTYPE l [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>" + Minimal(policy: "&secret;");

        LabelFormatException error = Assert.Throws<LabelFormatException>(() => Reader.Read(xml));

        Assert.StartsWith("The label is not well-formed XML: For security reasons DTD is prohibited", error.Message, StringComparison.Ordinal);
    }

    private static string Minimal(
        string? policy = "NATO",
        string classification = "SECRET",
        string categories = "",
        string? created = "2026-11-27T12:00:00Z",
        string? review = null,
        string extra = "") =>
        $"<slab:originatorConfidentialityLabel xmlns:slab=\"{Namespace}\"{(review is null ? string.Empty : $" ReviewDateTime=\"{review}\"")}>\n" +
        "  <slab:ConfidentialityInformation>\n" +
        (policy is null ? "\n" : $"    <slab:PolicyIdentifier>{policy}</slab:PolicyIdentifier>\n") +
        $"    <slab:Classification>{classification}</slab:Classification>\n" +
        $"    {categories}\n" +
        "  </slab:ConfidentialityInformation>\n" +
        (created is null ? string.Empty : $"  <slab:CreationDateTime>{created}</slab:CreationDateTime>\n") +
        $"  {extra}\n" +
        "</slab:originatorConfidentialityLabel>";
}
