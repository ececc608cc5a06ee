using BenchmarkDotNet.Attributes;
using Concert.Ais;
using Concert.Ais.Messages;
using Concert.Ais.Reading;

namespace Concert.Benchmarks;

/// <summary>
/// <see cref="AisLineDecoder"/> over batches of real lines, sentence to record: every line of the logs (all message
/// types, multi-part messages, tag blocks, rejected lines), and only their class A position reports, the bulk of real
/// traffic, whose path must allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class LineDecoderBenchmarks
{
    private readonly AisLineDecoder _decoder = new();
    private byte[][] _allLines = [];
    private byte[][] _positionReports = [];

    [GlobalSetup]
    public void LoadLines()
    {
        _allLines = RealLines.Load();
        // The position reports are the lines that decode, alone, to a type 1, 2 or 3 record.
        _positionReports = _allLines.Where(IsPositionReport).ToArray();
        // One pass before measuring interns the talkers, so the measured passes see a decoder in its steady state.
        DecodeAll(_allLines);
    }

    [Benchmark(Description = "line decoder, all real lines")]
    public long AllLines() => DecodeAll(_allLines);

    [Benchmark(Description = "line decoder, type 1-3 lines")]
    public long PositionReports() => DecodeAll(_positionReports);

    private long DecodeAll(byte[][] lines)
    {
        var counter = new TypeRecorder();
        foreach (byte[] line in lines)
        {
            _decoder.Decode(line, ref counter);
        }
        return counter.Messages;
    }

    private static bool IsPositionReport(byte[] line)
    {
        var recorder = new TypeRecorder();
        new AisLineDecoder().Decode(line, ref recorder);
        return recorder.Messages == 1 && recorder.LastType is 1 or 2 or 3;
    }

    /// <summary>Counts messages and remembers the type of the last, without boxing it.</summary>
    private struct TypeRecorder : IAisMessageHandler
    {
        public long Messages;
        public int LastType;

        public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
            where TMessage : struct, IAisMessage<TMessage>
        {
            Messages++;
            LastType = message.MessageType;
        }
    }
}
