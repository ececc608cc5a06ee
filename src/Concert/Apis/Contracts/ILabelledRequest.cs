namespace Concert.Apis.Contracts;

/// <summary>A request that records something under a label, given either as fields or as STANAG 4774 XML.</summary>
internal interface ILabelledRequest
{
    /// <summary>The label as JSON fields.</summary>
    LabelFields? Label { get; }

    /// <summary>The label as STANAG 4774 XML.</summary>
    string? LabelXml { get; }
}
