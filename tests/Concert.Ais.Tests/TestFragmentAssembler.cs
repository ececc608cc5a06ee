namespace Concert.Ais.Tests;

/// <summary>
/// Test-only fragment joining as gpsd does it: one pending message per radio channel, restarted by each first fragment,
/// complete when the fragment number reaches the count. Enough for gpsd's recorded samples, where messages on channels
/// A and B interleave.
/// </summary>
public sealed class TestFragmentAssembler
{
    private readonly Dictionary<string, List<string>> _pending = [];

    /// <summary>Adds a sentence; returns the sentences of a message when this one completes it, else null.</summary>
    public string[]? Add(string sentence)
    {
        string[] fields = sentence.Split(',');
        string channel = fields[4];
        if (fields[2] == "1" || !_pending.TryGetValue(channel, out List<string>? fragments))
        {
            fragments = [];
            _pending[channel] = fragments;
        }
        fragments.Add(sentence);
        if (fields[1] != fields[2])
        {
            return null;
        }
        _pending.Remove(channel);
        return [.. fragments];
    }
}
