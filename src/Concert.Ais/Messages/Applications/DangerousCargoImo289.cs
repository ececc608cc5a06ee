using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// IMO SN.1/Circ.289 dangerous cargo indication (type 6, DAC 1, FI 25): an amount and a list of cargo codes. Field
/// names after gpsd, which reads a cargo wherever one starts before the message end.
/// </summary>
/// <param name="Unit">Unit of the amount (0..3).</param>
/// <param name="Amount">Amount of cargo (10 bits).</param>
/// <param name="Cargos">The cargoes: code (4 bits) and subtype (13 bits).</param>
public sealed record DangerousCargoImo289(int Unit, int Amount, IReadOnlyList<(int Code, int Subtype)> Cargos) : IAisApplication
{
    /// <summary>Decodes the application from the data after the FI.</summary>
    public static IAisApplication? Decode(in AisBitReader data)
    {
        var cargos = new List<(int Code, int Subtype)>();
        for (int a = 12; a < data.BitLength; a += 17)
        {
            cargos.Add(((int)data.UInt(a, 4), (int)data.UInt(a + 4, 13)));
        }
        return new DangerousCargoImo289((int)data.UInt(0, 2), (int)data.UInt(2, 10), cargos);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("unit"u8, Unit);
        writer.Field("amount"u8, Amount);
        writer.BeginArray("cargos"u8);
        foreach ((int code, int subtype) in Cargos)
        {
            writer.BeginObject();
            writer.Field("code"u8, code);
            writer.Field("subtype"u8, subtype);
            writer.EndObject();
        }
        writer.EndArray();
    }
}
