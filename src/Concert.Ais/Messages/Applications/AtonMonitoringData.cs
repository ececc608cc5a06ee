using Concert.Ais.Bits;
using Concert.Ais.Gpsd;

namespace Concert.Ais.Messages.Applications;

/// <summary>
/// GLA (UK and Ireland) AtoN monitoring data (type 6, DAC 235 or 250, FI 10): supply voltages and the status of the
/// RACON and light of an aid to navigation. Field names after gpsd, which decodes it only at exactly 136 bits.
/// </summary>
/// <param name="AnalogueInternal">Internal supply voltage in 0.05 V (10 bits).</param>
/// <param name="AnalogueExternal1">External analogue 1 in 0.05 V.</param>
/// <param name="AnalogueExternal2">External analogue 2 in 0.05 V.</param>
/// <param name="Racon">RACON status (0..3).</param>
/// <param name="Light">Light status (0..3).</param>
/// <param name="Alarm">True when the health alarm is raised.</param>
/// <param name="StatusExternal">Eight external digital status bits.</param>
/// <param name="OffPosition">True when the AtoN is off position.</param>
/// <param name="Spare">The four spare bits.</param>
public sealed record AtonMonitoringData(
    int AnalogueInternal,
    int AnalogueExternal1,
    int AnalogueExternal2,
    int Racon,
    int Light,
    bool Alarm,
    int StatusExternal,
    bool OffPosition,
    int Spare) : IAisApplication
{
    /// <summary>The data length gpsd requires (136-bit message).</summary>
    public const int DataBits = 48;

    /// <summary>Internal supply voltage in volts.</summary>
    public double InternalVolts => AnalogueInternal * 0.05;

    /// <summary>Decodes the application, or returns null unless the data is exactly <see cref="DataBits"/> long.</summary>
    public static IAisApplication? Decode(in AisBitReader data) => data.BitLength != DataBits ? null : new AtonMonitoringData(
        AnalogueInternal: (int)data.UInt(0, 10),
        AnalogueExternal1: (int)data.UInt(10, 10),
        AnalogueExternal2: (int)data.UInt(20, 10),
        Racon: (int)data.UInt(30, 2),
        Light: (int)data.UInt(32, 2),
        Alarm: data.Bool(34),
        StatusExternal: (int)data.UInt(35, 8),
        OffPosition: data.Bool(43),
        Spare: (int)data.UInt(44, 4));

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("off_pos"u8, OffPosition);
        writer.Field("alarm"u8, Alarm);
        writer.Field("stat_ext"u8, StatusExternal);
        Voltage(writer, "ana_int"u8, AnalogueInternal);
        Voltage(writer, "ana_ext1"u8, AnalogueExternal1);
        Voltage(writer, "ana_ext2"u8, AnalogueExternal2);
        writer.Field("racon"u8, Racon);
        writer.FieldLiteral("racon_text"u8, GpsdDataTexts.RaconStatus(Racon));
        writer.Field("light"u8, Light);
        writer.FieldLiteral("light_text"u8, GpsdDataTexts.LightStatus(Light));
    }

    // gpsd scales a voltage only when it is not zero; zero stays the integer 0.
    private static void Voltage(GpsdJsonWriter writer, ReadOnlySpan<byte> name, int raw)
    {
        if (writer.Scaled && raw != 0)
        {
            writer.FieldFixed(name, raw * 0.05, 2);
        }
        else
        {
            writer.Field(name, raw);
        }
    }
}
