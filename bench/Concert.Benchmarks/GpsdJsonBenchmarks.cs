using System.Text;
using BenchmarkDotNet.Attributes;
using Concert.Ais.Bits;
using Concert.Ais.Gpsd;
using Concert.Ais.Messages;

namespace Concert.Benchmarks;

/// <summary>Writing one decoded position report as gpsd JSON, unscaled (<c>-u</c>) and scaled.</summary>
[MemoryDiagnoser]
public class GpsdJsonBenchmarks
{
    private readonly GpsdJsonWriter _unscaled = new(scaled: false);
    private readonly GpsdJsonWriter _scaled = new(scaled: true);
    private PositionReportClassA _report;

    [GlobalSetup]
    public void DecodeTheReport()
    {
        byte[] payload = Encoding.ASCII.GetBytes("15NPOOPP00o?b=bE`UNv4?w428D;");
        byte[] packed = new byte[PayloadArmor.MaxPackedBytes];
        int bits = PayloadArmor.Unpack(payload, packed, 0);
        PositionReportClassA.TryDecode(new AisBitReader(packed, bits), out _report);
    }

    [Benchmark(Description = "gpsd JSON -u, type 1")]
    public int Unscaled() => Write(_unscaled);

    [Benchmark(Description = "gpsd JSON scaled, type 1")]
    public int Scaled() => Write(_scaled);

    private int Write(GpsdJsonWriter writer)
    {
        writer.Clear();
        writer.BeginMessage(_report.MessageType, _report.Repeat, _report.Mmsi);
        _report.WriteGpsd(writer);
        writer.EndMessage();
        return writer.Written.Length;
    }
}
