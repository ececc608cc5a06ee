using Concert.Sharing;

namespace Concert.Data;

/// <summary>A stored label and its id.</summary>
/// <param name="Id">The row's key.</param>
/// <param name="Label">The parsed label, or null when the stored XML no longer reads (released to nobody).</param>
internal sealed record CataloguedLabel(long Id, ConfidentialityLabel? Label);
