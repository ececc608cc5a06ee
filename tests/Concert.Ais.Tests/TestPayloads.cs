using System.Globalization;
using System.Text;
using Concert.Ais.Bits;
using Concert.Ais.Gpsd;
using Concert.Ais.Messages;
using FsCheck;
using FsCheck.Fluent;

namespace Concert.Ais.Tests;

/// <summary>
/// Test-only stand-in for the sentence layer: joins the payloads of <c>!AIVDM,n,m,seq,ch,PAYLOAD,fill*hh</c> sentences
/// into packed bits, encodes messages back to bits and sentences, and renders gpsd JSON lines. It does no checksum or
/// fragment validation; the real sentence reader is tested on its own.
/// </summary>
public static class TestPayloads
{
    /// <summary>Packed bits (with the reader's zero padding) and their length.</summary>
    public sealed record Payload(byte[] Packed, int BitLength);

    /// <summary>Concatenates the payloads of the sentences of one message; the last sentence's fill bits are dropped.</summary>
    public static Payload FromSentences(IEnumerable<string> sentences)
    {
        byte[] packed = new byte[PayloadArmor.MaxPackedBytes];
        int bitLength = 0;
        foreach (string sentence in sentences)
        {
            string[] fields = sentence.Split(',');
            byte[] armored = Encoding.ASCII.GetBytes(fields[5]);
            int added = PayloadArmor.Unpack(armored, packed, bitLength);
            if (added < 0)
            {
                throw new FormatException("Not a valid payload: " + sentence);
            }
            bitLength += added - (fields[6][0] - '0');
        }
        return new Payload(packed, bitLength);
    }

    /// <summary>The bits of an encoded message.</summary>
    public static Payload Encode(IAisMessage message)
    {
        var writer = new AisBitWriter();
        message.Encode(writer);
        byte[] packed = new byte[PayloadArmor.MaxPackedBytes];
        writer.Packed.CopyTo(packed);
        return new Payload(packed, writer.BitLength);
    }

    /// <summary>Decodes a payload through the dispatch table.</summary>
    public static AisDecodeStatus Decode(Payload payload, out IAisMessage? message)
    {
        var handler = new CapturingHandler();
        var metadata = new AisMetadata("AI", false, 'A', 1, AisTagBlock.None, null);
        AisDecodeStatus status = AisMessageDecoder.Decode(new AisBitReader(payload.Packed, payload.BitLength), metadata, ref handler);
        message = handler.Message;
        return status;
    }

    /// <summary>Decodes the sentences of one message through the dispatch table and fails if it is rejected.</summary>
    public static IAisMessage DecodeSentences(IEnumerable<string> sentences)
    {
        AisDecodeStatus status = Decode(FromSentences(sentences), out IAisMessage? message);
        Assert.Equal(AisDecodeStatus.Ok, status);
        return message!;
    }

    /// <summary>Decodes a payload with one message type directly.</summary>
    public static AisDecodeStatus TryDecode<TMessage>(Payload payload, out TMessage message)
        where TMessage : struct, IAisMessage<TMessage> =>
        TMessage.TryDecode(new AisBitReader(payload.Packed, payload.BitLength), out message);

    /// <summary>Encodes then decodes with the same type.</summary>
    public static AisDecodeStatus RoundTrip<TMessage>(TMessage message, out TMessage decoded)
        where TMessage : struct, IAisMessage<TMessage> => TryDecode(Encode(message), out decoded);

    /// <summary>Checks with FsCheck that every generated message encodes and decodes back to itself.</summary>
    public static void AssertRoundTrips<TMessage>(Gen<TMessage> messages)
        where TMessage : struct, IAisMessage<TMessage> =>
        Prop.ForAll(Arb.From(messages), (TMessage message) =>
                RoundTrip(message, out TMessage decoded) == AisDecodeStatus.Ok && decoded.Equals(message))
            .QuickCheckThrowOnFailure();

    /// <summary>The payload with its length changed: cut, or extended with <paramref name="fill"/> bits.</summary>
    public static Payload WithLength(Payload payload, int bitLength, bool fill = false)
    {
        var writer = new AisBitWriter();
        writer.Bits(0, payload.Packed, Math.Min(bitLength, payload.BitLength));
        for (int bit = payload.BitLength; bit < bitLength; bit++)
        {
            writer.Bool(bit, fill);
        }
        byte[] packed = new byte[PayloadArmor.MaxPackedBytes];
        writer.Packed.CopyTo(packed);
        return new Payload(packed, bitLength);
    }

    /// <summary>Armors a payload into <c>!AIVDM</c> sentences of at most 60 payload characters, as gpsdecode reads them.</summary>
    public static IReadOnlyList<string> ToSentences(Payload payload)
    {
        byte[] armored = new byte[(payload.BitLength + 5) / 6];
        int fill = PayloadArmor.Pack(payload.Packed, payload.BitLength, armored);
        var chunks = armored.Chunk(60).ToArray();
        var sentences = new List<string>();
        for (int i = 0; i < chunks.Length; i++)
        {
            string sequence = chunks.Length > 1 ? "1" : string.Empty;
            int fillHere = i == chunks.Length - 1 ? fill : 0;
            string body = string.Create(
                CultureInfo.InvariantCulture,
                $"AIVDM,{chunks.Length},{i + 1},{sequence},A,{Encoding.ASCII.GetString(chunks[i])},{fillHere}");
            int checksum = 0;
            foreach (char c in body)
            {
                checksum ^= c;
            }
            sentences.Add(string.Create(CultureInfo.InvariantCulture, $"!{body}*{checksum:X2}"));
        }
        return sentences;
    }

    /// <summary>The gpsd JSON line (without newline) for a message, header included.</summary>
    public static string GpsdLine(IAisMessage message, bool scaled)
    {
        var writer = new GpsdJsonWriter(scaled);
        writer.BeginMessage(message.MessageType, message.Repeat, message.Mmsi);
        message.WriteGpsd(writer);
        writer.EndMessage();
        return Encoding.UTF8.GetString(writer.Written).TrimEnd('\n');
    }

    private sealed class CapturingHandler : IAisMessageHandler
    {
        public IAisMessage? Message { get; private set; }

        public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
            where TMessage : struct, IAisMessage<TMessage> => Message = message;
    }
}
