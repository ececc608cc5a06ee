using System.Text;
using Concert.Ais.Bits;
using Concert.Ais.Gpsd;
using Concert.Ais.Messages;

namespace Concert.Ais.Tests;

/// <summary>Turns AIVDM sentences into packed bits and decoded messages, and messages into gpsd JSON, for the data-message tests.</summary>
internal static class TestPayloadsData
{
    /// <summary>Concatenates the payloads of a message's sentences; the fill bits of the last sentence set the length.</summary>
    public static byte[] Pack(IReadOnlyList<string> sentences, out int bitLength)
    {
        byte[] packed = new byte[PayloadArmor.MaxPackedBytes];
        int bits = 0;
        int fill = 0;
        foreach (string sentence in sentences)
        {
            string[] fields = sentence.Split(',');
            int appended = PayloadArmor.Unpack(Encoding.ASCII.GetBytes(fields[5]), packed, bits);
            Assert.True(appended >= 0, $"bad armor in {sentence}");
            bits += appended;
            fill = fields[6][0] - '0';
        }
        bitLength = bits - fill;
        return packed;
    }

    /// <summary>Packs a string of '0'/'1' characters.</summary>
    public static byte[] PackBits(string bits)
    {
        byte[] packed = new byte[PayloadArmor.MaxPackedBytes];
        for (int i = 0; i < bits.Length; i++)
        {
            if (bits[i] == '1')
            {
                packed[i >> 3] |= (byte)(0x80 >> (i & 7));
            }
        }
        return packed;
    }

    /// <summary>Decodes a payload through <see cref="AisMessageDecoder"/>, returning the message or null with the status.</summary>
    public static IAisMessage? Decode(byte[] packed, int bitLength, out AisDecodeStatus status)
    {
        var handler = new CapturingHandler();
        status = AisMessageDecoder.Decode(new AisBitReader(packed, bitLength), default, ref handler);
        return handler.Message;
    }

    /// <summary>Decodes the sentences of one message, asserting that it decodes.</summary>
    public static IAisMessage Decode(IReadOnlyList<string> sentences)
    {
        byte[] packed = Pack(sentences, out int bitLength);
        IAisMessage? message = Decode(packed, bitLength, out AisDecodeStatus status);
        Assert.Equal(AisDecodeStatus.Ok, status);
        return message!;
    }

    /// <summary>Decodes one single-sentence message and casts it.</summary>
    public static T Decode<T>(string sentence) where T : IAisMessage => Assert.IsType<T>(Decode([sentence]));

    /// <summary>The message as one gpsdecode JSON line, without the trailing newline.</summary>
    public static string Gpsd(IAisMessage message, bool scaled)
    {
        var writer = new GpsdJsonWriter(scaled);
        writer.BeginMessage(message.MessageType, message.Repeat, message.Mmsi);
        message.WriteGpsd(writer);
        writer.EndMessage();
        return Encoding.UTF8.GetString(writer.Written).TrimEnd('\n');
    }

    /// <summary>Encodes a message and returns its bits as a '0'/'1' string.</summary>
    public static string EncodeBits(IAisMessage message)
    {
        var writer = new AisBitWriter();
        message.Encode(writer);
        return BitString(writer.Packed, writer.BitLength);
    }

    /// <summary>Encodes a message and decodes the bits again.</summary>
    public static IAisMessage? RoundTrip(IAisMessage message, out AisDecodeStatus status)
    {
        var writer = new AisBitWriter();
        message.Encode(writer);
        byte[] packed = new byte[PayloadArmor.MaxPackedBytes];
        writer.Packed.CopyTo(packed);
        return Decode(packed, writer.BitLength, out status);
    }

    /// <summary>The first <paramref name="bitLength"/> bits of <paramref name="packed"/> as a '0'/'1' string.</summary>
    public static string BitString(ReadOnlySpan<byte> packed, int bitLength)
    {
        var text = new StringBuilder(bitLength);
        for (int i = 0; i < bitLength; i++)
        {
            text.Append((packed[i >> 3] & (0x80 >> (i & 7))) != 0 ? '1' : '0');
        }
        return text.ToString();
    }

    /// <summary>A message header (type, repeat 0, MMSI) padded to <paramref name="totalBits"/> with a repeating pattern.</summary>
    public static string Bits(int type, int totalBits, string pattern = "10")
    {
        var bits = new StringBuilder(Convert.ToString(type, 2).PadLeft(6, '0') + "00" + Convert.ToString(123456789, 2).PadLeft(30, '0'));
        while (bits.Length < totalBits)
        {
            bits.Append(pattern[bits.Length % pattern.Length]);
        }
        return bits.ToString(0, totalBits);
    }

    /// <summary>Decodes a bit string, returning the status.</summary>
    public static AisDecodeStatus Status(string bits)
    {
        Decode(PackBits(bits), bits.Length, out AisDecodeStatus status);
        return status;
    }

    /// <summary>
    /// Asserts that <paramref name="type"/> is accepted from <paramref name="minBits"/> to <paramref name="maxBits"/> bits
    /// (the range gpsdecode 3.22 accepts) and rejected as <see cref="AisDecodeStatus.WrongBitLength"/> just outside it.
    /// </summary>
    public static void AssertLengthRange(int type, int minBits, int maxBits, string pattern = "10")
    {
        Assert.Equal(AisDecodeStatus.WrongBitLength, Status(Bits(type, minBits - 1, pattern)));
        Assert.Equal(AisDecodeStatus.Ok, Status(Bits(type, minBits, pattern)));
        Assert.Equal(AisDecodeStatus.Ok, Status(Bits(type, maxBits, pattern)));
        if (maxBits < PayloadArmor.MaxBits)
        {
            Assert.Equal(AisDecodeStatus.WrongBitLength, Status(Bits(type, maxBits + 1, pattern)));
        }
    }

    private struct CapturingHandler : IAisMessageHandler
    {
        public IAisMessage? Message;

        public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
            where TMessage : struct, IAisMessage<TMessage> => Message = message;
    }
}
