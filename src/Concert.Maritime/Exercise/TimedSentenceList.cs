using System.Text;

namespace Concert.Maritime.Exercise;

/// <summary>Keeps each line as a <see cref="TimedSentence"/>: what the live simulator and <see cref="ExerciseTraffic.Advance"/> hand out.</summary>
internal sealed class TimedSentenceList : ISentenceSink
{
    public List<TimedSentence> Lines { get; } = [];

    public void Add(DateTimeOffset at, int transmitter, ReadOnlySpan<byte> line) =>
        Lines.Add(new TimedSentence(at, transmitter, Encoding.ASCII.GetString(line)));
}
