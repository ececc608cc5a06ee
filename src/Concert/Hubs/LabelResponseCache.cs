using System.Runtime.CompilerServices;
using Concert.Apis;
using Concert.Apis.Contracts;
using Concert.Sharing;

namespace Concert.Hubs;

/// <summary>
/// The response form of each label, made once: thousands of pushed vessels share the few labels of their feeds, and
/// making a response writes the label's STANAG 4774 XML. Keys are held weakly, so the labels the picture combines and
/// later drops are not kept alive. Thread-safe.
/// </summary>
internal sealed class LabelResponseCache
{
    private readonly ConditionalWeakTable<ConfidentialityLabel, LabelResponse> _responses = [];

    /// <summary>The response of <paramref name="label"/>.</summary>
    /// <param name="label">The label.</param>
    public LabelResponse Of(ConfidentialityLabel label) => _responses.GetValue(label, static label => label.ToResponse());
}
