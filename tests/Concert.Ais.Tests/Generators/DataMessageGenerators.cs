using Concert.Ais.Bits;
using Concert.Ais.Messages;
using FsCheck;
using FsCheck.Fluent;

namespace Concert.Ais.Tests.Generators;

/// <summary>
/// FsCheck generators of random valid binary, safety, acknowledgement and link-management messages.
/// </summary>
/// <remarks>
/// A record is drawn as a random bit pattern of a length the type accepts (every accepted length, not only the
/// standard ones), with the type number in front, decoded by the type itself: every valid record is some such pattern,
/// and nothing outside the decoder's contract is produced. Types 6 and 8 draw their DAC/FI half of the time from the
/// applications the decoder knows, so that decoded applications are exercised as well as raw data.
/// </remarks>
public static class DataMessageGenerators
{
    private static readonly (int Dac, int Fid)[] AddressedApplications =
        [(1, 12), (1, 14), (1, 18), (1, 20), (1, 25), (1, 28), (1, 30), (1, 32), (200, 21), (200, 22), (200, 55), (235, 10), (250, 10)];

    private static readonly (int Dac, int Fid)[] BroadcastApplications =
        [(1, 11), (1, 13), (1, 15), (1, 17), (1, 27), (1, 29), (1, 31), (200, 10), (200, 23), (200, 24), (200, 40)];

    /// <summary>Type 6 messages, 88..1008 bits.</summary>
    public static Gen<AddressedBinaryMessage> AddressedBinary() =>
        WithApplication(6, 72, [88, 136, 168, 232, 248, 424], 88, 1008, AddressedApplications).Select(Decode<AddressedBinaryMessage>);

    /// <summary>Type 7 and 13 messages, 72..168 bits.</summary>
    public static Gen<BinaryAcknowledge> BinaryAcknowledge() =>
        Gen.Elements(7, 13).SelectMany(type => Message(type, [72, 104, 136, 168], 72, 168)).Select(Decode<BinaryAcknowledge>);

    /// <summary>Type 8 messages, 56..1008 bits.</summary>
    public static Gen<BinaryBroadcastMessage> BinaryBroadcast() =>
        WithApplication(8, 40, [56, 168, 256, 352, 360, 544, 1008], 56, 1008, BroadcastApplications).Select(Decode<BinaryBroadcastMessage>);

    /// <summary>Type 10 messages, 72 bits or longer.</summary>
    public static Gen<UtcDateInquiry> UtcDateInquiry() => Message(10, [72], 72, 200).Select(Decode<UtcDateInquiry>);

    /// <summary>Type 12 messages, 72..1008 bits.</summary>
    public static Gen<AddressedSafetyMessage> AddressedSafety() => Message(12, [72, 168, 1008], 72, 1008).Select(Decode<AddressedSafetyMessage>);

    /// <summary>Type 14 messages, 40..1008 bits.</summary>
    public static Gen<SafetyBroadcastMessage> SafetyBroadcast() => Message(14, [40, 168, 1008], 40, 1008).Select(Decode<SafetyBroadcastMessage>);

    /// <summary>Type 15 messages, 88..168 bits (the three forms and the lengths between).</summary>
    public static Gen<Interrogation> Interrogation() => Message(15, [88, 110, 112, 160], 88, 168).Select(Decode<Interrogation>);

    /// <summary>Type 16 messages, 96..168 bits (one or two assignments).</summary>
    public static Gen<AssignmentModeCommand> AssignmentModeCommand() => Message(16, [96, 144], 96, 168).Select(Decode<AssignmentModeCommand>);

    /// <summary>Type 17 messages, 80..816 bits.</summary>
    public static Gen<DgnssBroadcast> DgnssBroadcast() => Message(17, [80, 376, 816], 80, 816).Select(Decode<DgnssBroadcast>);

    /// <summary>Type 20 messages, 72..186 bits (one to four reservations).</summary>
    public static Gen<DataLinkManagement> DataLinkManagement() => Message(20, [72, 104, 136, 160], 72, 186).Select(Decode<DataLinkManagement>);

    /// <summary>Type 22 messages, 168 bits or longer, broadcast and addressed forms.</summary>
    public static Gen<ChannelManagement> ChannelManagement() => Message(22, [168], 168, 200).Select(Decode<ChannelManagement>);

    /// <summary>Type 23 messages, 160 bits or longer.</summary>
    public static Gen<GroupAssignmentCommand> GroupAssignmentCommand() => Message(23, [160], 160, 200).Select(Decode<GroupAssignmentCommand>);

    /// <summary>Type 25 messages with every combination of the addressed and structured flags.</summary>
    public static Gen<SingleSlotBinaryMessage> SingleSlotBinary() =>
        Flagged(25, minimumAfterHeader: 0, maxBits: 168).Select(Decode<SingleSlotBinaryMessage>);

    /// <summary>Type 26 messages with every combination of the addressed and structured flags.</summary>
    public static Gen<MultipleSlotBinaryMessage> MultipleSlotBinary() =>
        Flagged(26, minimumAfterHeader: 20, maxBits: 1004).Select(Decode<MultipleSlotBinaryMessage>);

    /// <summary>Any message of the data types, for round-trip and live-oracle properties.</summary>
    public static Gen<IAisMessage> AnyDataMessage() => Gen.OneOf(
        AddressedBinary().Select(m => (IAisMessage)m),
        BinaryAcknowledge().Select(m => (IAisMessage)m),
        BinaryBroadcast().Select(m => (IAisMessage)m),
        UtcDateInquiry().Select(m => (IAisMessage)m),
        AddressedSafety().Select(m => (IAisMessage)m),
        SafetyBroadcast().Select(m => (IAisMessage)m),
        Interrogation().Select(m => (IAisMessage)m),
        AssignmentModeCommand().Select(m => (IAisMessage)m),
        DgnssBroadcast().Select(m => (IAisMessage)m),
        DataLinkManagement().Select(m => (IAisMessage)m),
        ChannelManagement().Select(m => (IAisMessage)m),
        GroupAssignmentCommand().Select(m => (IAisMessage)m),
        SingleSlotBinary().Select(m => (IAisMessage)m),
        MultipleSlotBinary().Select(m => (IAisMessage)m));

    /// <summary>Random bits of a length that is either one of the type's usual lengths or any length it accepts.</summary>
    private static Gen<Bits> Message(int type, int[] usualLengths, int minBits, int maxBits) =>
        Gen.OneOf(Gen.Elements(usualLengths), Gen.Choose(minBits, maxBits))
            .SelectMany(length => RandomBits(length).Select(bits => bits.WithField(0, 6, (uint)type)));

    private static Gen<Bits> WithApplication(int type, int dacOffset, int[] usualLengths, int minBits, int maxBits, (int Dac, int Fid)[] applications) =>
        Message(type, usualLengths, minBits, maxBits).SelectMany(bits =>
            Gen.OneOf(
                Gen.Constant(bits),
                Gen.Elements(applications).Select(app => bits.WithField(dacOffset, 10, (uint)app.Dac).WithField(dacOffset + 10, 6, (uint)app.Fid))));

    private static Gen<Bits> Flagged(int type, int minimumAfterHeader, int maxBits) =>
        from addressed in Gen.Elements(false, true)
        from structured in Gen.Elements(false, true)
        let header = 40 + (addressed ? 30 : 0) + (structured ? 16 : 0)
        from length in Gen.Choose(header + minimumAfterHeader, maxBits)
        from bits in RandomBits(length)
        select bits.WithField(0, 6, (uint)type).WithField(38, 1, addressed ? 1u : 0u).WithField(39, 1, structured ? 1u : 0u);

    // Bytes are random, or all zeros or all ones a third of the time, so that "not available" codes, sign bits and
    // maximum values show up more often than chance would give.
    private static Gen<Bits> RandomBits(int length) =>
        Gen.Frequency((2, Gen.Choose(0, 255)), (1, Gen.Elements(0, 255)))
            .ArrayOf((length + 7) / 8)
            .Select(values => new Bits(values.Select(v => (byte)v).ToArray(), length));

    /// <summary>
    /// Arbitrary payloads for the data types: any length from 0 to the armor's maximum and any bits, valid or not, for
    /// robustness properties.
    /// </summary>
    public static Gen<(byte[] Packed, int BitLength)> ArbitraryPayload() =>
        from type in Gen.Elements(6, 7, 8, 10, 12, 13, 14, 15, 16, 17, 20, 22, 23, 25, 26)
        from length in Gen.Frequency((3, Gen.Choose(0, 200)), (1, Gen.Choose(0, PayloadArmor.MaxBits)))
        from bits in RandomBits(Math.Max(length, 6))
        let typed = bits.WithField(0, 6, (uint)type)
        select (Padded(typed.Packed), length);

    private static byte[] Padded(byte[] packed)
    {
        byte[] padded = new byte[PayloadArmor.MaxPackedBytes];
        packed.CopyTo(padded, 0);
        return padded;
    }

    private static T Decode<T>(Bits bits) where T : struct, IAisMessage<T>
    {
        AisDecodeStatus status = T.TryDecode(bits.Reader(), out T message);
        return status == AisDecodeStatus.Ok
            ? message
            : throw new InvalidOperationException($"generated {typeof(T).Name} of {bits.Length} bits was rejected: {status}");
    }

    /// <summary>A generated payload: packed bits and their count.</summary>
    private sealed record Bits(byte[] Packed, int Length)
    {
        public Bits WithField(int offset, int width, uint value)
        {
            var writer = new AisBitWriter();
            writer.Bits(0, Packed, Length);
            writer.UInt(offset, width, value);
            return new Bits(writer.Packed.ToArray(), Length);
        }

        public AisBitReader Reader()
        {
            byte[] padded = new byte[PayloadArmor.MaxPackedBytes];
            Packed.CopyTo(padded, 0);
            // Clear the bits past the length in the last byte, as the armor's zero fill bits would be.
            if (Length % 8 != 0)
            {
                padded[Length / 8] &= (byte)(0xFF << (8 - Length % 8));
            }
            return new AisBitReader(padded, Length);
        }
    }
}
