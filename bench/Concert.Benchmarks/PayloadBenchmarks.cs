using System.Text;
using BenchmarkDotNet.Attributes;
using Concert.Ais;
using Concert.Ais.Bits;
using Concert.Ais.Messages;

namespace Concert.Benchmarks;

/// <summary>
/// The innermost loop of decoding: turning a type 1 payload's armor into packed bits, and reading every field of the
/// position report from them with <see cref="AisBitReader"/>.
/// </summary>
[MemoryDiagnoser]
public class PayloadBenchmarks
{
    // A class A position report from pyais's test log (MMSI 367533950, San Francisco Bay), 168 bits, no fill.
    private readonly byte[] _payload = Encoding.ASCII.GetBytes("15NPOOPP00o?b=bE`UNv4?w428D;");
    private readonly byte[] _packed = new byte[PayloadArmor.MaxPackedBytes];

    [Benchmark(Description = "de-armor a type 1 payload")]
    public int Dearmor()
    {
        Array.Clear(_packed);
        return PayloadArmor.Unpack(_payload, _packed, 0);
    }

    [Benchmark(Description = "de-armor + read every type 1 field")]
    public int DearmorAndReadFields()
    {
        Array.Clear(_packed);
        int bits = PayloadArmor.Unpack(_payload, _packed, 0);
        var reader = new AisBitReader(_packed, bits);
        return PositionReportClassA.TryDecode(reader, out PositionReportClassA report) == AisDecodeStatus.Ok
            ? report.LatitudeRaw
            : -1;
    }
}
