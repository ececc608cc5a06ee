using Concert.Sharing;

namespace Concert.Data.Pooling;

/// <summary>A stored row with its parsed label.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
/// <param name="Row">The row.</param>
/// <param name="Label">Its label.</param>
internal sealed record LabelledRow<TRow>(TRow Row, ConfidentialityLabel Label);
