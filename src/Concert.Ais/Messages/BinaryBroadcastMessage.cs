using Concert.Ais.Bits;
using Concert.Ais.Gpsd;
using Concert.Ais.Messages.Applications;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 8: binary broadcast message, application data for all stations identified by DAC and function identifier
/// (FI): meteorological and hydrological data, inland AIS reports, area notices and others. ITU-R M.1371-5 table 58;
/// names after gpsd.
/// </summary>
/// <param name="MessageType">8.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="Spare">Bits 38–39, spare.</param>
/// <param name="Dac">Designated area code (10 bits; 1 = international, 200 = inland AIS).</param>
/// <param name="Fid">Function identifier (6 bits).</param>
/// <param name="Data">The application data after the FI (bit 56 to the end).</param>
public readonly record struct BinaryBroadcastMessage(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int Spare,
    int Dac,
    int Fid,
    AisBinaryData Data) : IAisMessage<BinaryBroadcastMessage>
{
    /// <summary>The shortest length gpsd accepts: the header with no data.</summary>
    public const int MinBits = 56;

    /// <summary>The longest length gpsd accepts: five slots.</summary>
    public const int MaxBits = 1008;

    /// <summary>
    /// The decoded application when <see cref="AisApplications"/> knows this DAC/FI and gpsd would decode it, otherwise
    /// null (the data stays raw). Decoded from <see cref="Data"/> on each call.
    /// </summary>
    public IAisApplication? Application => AisApplications.Decode(8, Dac, Fid, Data.Reader);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out BinaryBroadcastMessage message)
    {
        if (bits.BitLength is < MinBits or > MaxBits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new BinaryBroadcastMessage(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            Spare: (int)bits.UInt(38, 2),
            Dac: (int)bits.UInt(40, 10),
            Fid: (int)bits.UInt(50, 6),
            Data: AisBinaryData.Read(bits, MinBits, bits.BitLength - MinBits));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, (uint)Spare);
        writer.UInt(40, 10, (uint)Dac);
        writer.UInt(50, 6, (uint)Fid);
        Data.Write(writer, MinBits);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("dac"u8, Dac);
        writer.Field("fid"u8, Fid);
        IAisApplication? application = Application;
        if (application is null)
        {
            writer.FieldData("data"u8, Data.BitCount, Data.Bytes);
        }
        else
        {
            application.WriteGpsd(writer);
        }
    }
}
