using Concert.Ais.Bits;
using Concert.Ais.Gpsd;
using Concert.Ais.Messages.Applications;

namespace Concert.Ais.Messages;

/// <summary>
/// Type 6: addressed binary message, application data for one station identified by DAC and function identifier (FI).
/// ITU-R M.1371-5 table 56; names after gpsd.
/// </summary>
/// <param name="MessageType">6.</param>
/// <param name="Repeat">Repeat indicator.</param>
/// <param name="Mmsi">Sender's MMSI.</param>
/// <param name="SequenceNumber">Sequence number (0..3) for the acknowledgement (type 7).</param>
/// <param name="DestinationMmsi">MMSI of the addressed station.</param>
/// <param name="Retransmit">True when the message is a retransmission.</param>
/// <param name="Spare">Bit 71, spare.</param>
/// <param name="Dac">Designated area code (10 bits; 1 = international).</param>
/// <param name="Fid">Function identifier (6 bits).</param>
/// <param name="Data">The application data after the FI (bit 88 to the end).</param>
public readonly record struct AddressedBinaryMessage(
    int MessageType,
    int Repeat,
    uint Mmsi,
    int SequenceNumber,
    uint DestinationMmsi,
    bool Retransmit,
    int Spare,
    int Dac,
    int Fid,
    AisBinaryData Data) : IAisMessage<AddressedBinaryMessage>
{
    /// <summary>The shortest length gpsd accepts: the header with no data.</summary>
    public const int MinBits = 88;

    /// <summary>The longest length gpsd accepts: five slots.</summary>
    public const int MaxBits = 1008;

    /// <summary>
    /// The decoded application when <see cref="AisApplications"/> knows this DAC/FI and gpsd would decode it, otherwise
    /// null (the data stays raw). Decoded from <see cref="Data"/> on each call.
    /// </summary>
    public IAisApplication? Application => AisApplications.Decode(6, Dac, Fid, Data.Reader);

    /// <inheritdoc />
    public static AisDecodeStatus TryDecode(in AisBitReader bits, out AddressedBinaryMessage message)
    {
        if (bits.BitLength is < MinBits or > MaxBits)
        {
            message = default;
            return AisDecodeStatus.WrongBitLength;
        }
        message = new AddressedBinaryMessage(
            MessageType: bits.MessageType,
            Repeat: bits.Repeat,
            Mmsi: bits.Mmsi,
            SequenceNumber: (int)bits.UInt(38, 2),
            DestinationMmsi: bits.UInt(40, 30),
            Retransmit: bits.Bool(70),
            Spare: (int)bits.UInt(71, 1),
            Dac: (int)bits.UInt(72, 10),
            Fid: (int)bits.UInt(82, 6),
            Data: AisBinaryData.Read(bits, MinBits, bits.BitLength - MinBits));
        return AisDecodeStatus.Ok;
    }

    /// <inheritdoc />
    public void Encode(AisBitWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Header(MessageType, Repeat, Mmsi);
        writer.UInt(38, 2, (uint)SequenceNumber);
        writer.UInt(40, 30, DestinationMmsi);
        writer.Bool(70, Retransmit);
        writer.UInt(71, 1, (uint)Spare);
        writer.UInt(72, 10, (uint)Dac);
        writer.UInt(82, 6, (uint)Fid);
        Data.Write(writer, MinBits);
    }

    /// <inheritdoc />
    public void WriteGpsd(GpsdJsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Field("seqno"u8, SequenceNumber);
        writer.Field("dest_mmsi"u8, DestinationMmsi);
        writer.Field("retransmit"u8, Retransmit);
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
