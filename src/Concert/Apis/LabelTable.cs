using Concert.Apis.Contracts;
using Concert.Sharing;

namespace Concert.Apis;

/// <summary>
/// The distinct labels of one list of vessels, each given an index the first time a vessel uses it, so that a list
/// sends each label once and its vessels refer to it by index. Not thread-safe: one table per list.
/// </summary>
internal sealed class LabelTable
{
    private readonly Func<ConfidentialityLabel, LabelResponse> _respond;
    private readonly Dictionary<ConfidentialityLabel, int> _indexes = [];
    private readonly List<LabelResponse> _labels = [];

    /// <summary>A table that makes each label's response itself.</summary>
    public LabelTable()
        : this(static label => label.ToResponse())
    {
    }

    /// <summary>A table that takes each label's response from <paramref name="respond"/> (a cache shared by lists).</summary>
    /// <param name="respond">Makes or finds the response of a label.</param>
    public LabelTable(Func<ConfidentialityLabel, LabelResponse> respond) => _respond = respond;

    /// <summary>The labels in order of their indexes.</summary>
    public IReadOnlyList<LabelResponse> Labels => _labels;

    /// <summary>The index of <paramref name="label"/>, added to the table when it is new.</summary>
    /// <param name="label">The label.</param>
    /// <returns>Its index in <see cref="Labels"/>.</returns>
    public int IndexOf(ConfidentialityLabel label)
    {
        if (!_indexes.TryGetValue(label, out int index))
        {
            index = _labels.Count;
            _labels.Add(_respond(label));
            _indexes.Add(label, index);
        }

        return index;
    }
}
