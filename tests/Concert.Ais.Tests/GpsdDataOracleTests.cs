using System.Text;
using Concert.Ais.Bits;
using Concert.Ais.Messages;
using Concert.Ais.Tests.Generators;
using FsCheck.Fluent;

namespace Concert.Ais.Tests;

/// <summary>
/// Random data messages, encoded to AIVDM and fed to live gpsdecode 3.22: gpsd must print exactly what WriteGpsd prints,
/// scaled and unscaled. Covers lengths, flags and values the recorded sample never shows.
/// </summary>
public sealed class GpsdDataOracleTests
{
    private const int Samples = 10000;

    /// <summary>
    /// Applications gpsd 3.22 decodes and Concert keeps as raw data (see <c>AisApplications</c>): gpsd prints their
    /// fields where Concert prints <c>data</c>, so they are left out of the comparison.
    /// </summary>
    internal static readonly HashSet<(int Type, int Dac, int Fid)> GpsdOnlyApplications =
    [
        (6, 1, 15), (6, 1, 16),
        (8, 1, 16), (8, 1, 19),
    ];

    [GpsdecodeFact]
    public void Random_messages_print_as_gpsdecode_prints_them_unscaled() => CompareWithGpsdecode(scaled: false);

    [GpsdecodeFact]
    public void Random_messages_print_as_gpsdecode_prints_them_scaled() => CompareWithGpsdecode(scaled: true);

    private static void CompareWithGpsdecode(bool scaled)
    {
        IAisMessage[] messages = DataMessageGenerators.AnyDataMessage().Sample(Samples).Where(m => !IsGpsdOnly(m)).ToArray();
        var input = new List<string>();
        for (int i = 0; i < messages.Length; i++)
        {
            input.AddRange(Sentences(messages[i], i % 10));
        }

        IReadOnlyList<string> expected = GpsdecodeRunner.Run(scaled ? "-j" : "-u -j", input);

        Assert.Equal(messages.Length, expected.Count);
        for (int i = 0; i < messages.Length; i++)
        {
            Assert.Equal(expected[i], TestPayloadsData.Gpsd(messages[i], scaled));
        }
    }

    private static bool IsGpsdOnly(IAisMessage message) => message switch
    {
        AddressedBinaryMessage m => GpsdOnlyApplications.Contains((6, m.Dac, m.Fid)),
        BinaryBroadcastMessage m => GpsdOnlyApplications.Contains((8, m.Dac, m.Fid)),
        _ => false,
    };

    /// <summary>Armors a message into AIVDM sentences of at most 60 payload characters.</summary>
    internal static IEnumerable<string> Sentences(IAisMessage message, int sequenceId)
    {
        var writer = new AisBitWriter();
        message.Encode(writer);
        byte[] armored = new byte[(writer.BitLength + 5) / 6];
        int fill = PayloadArmor.Pack(writer.Packed, writer.BitLength, armored);
        string payload = Encoding.ASCII.GetString(armored);
        int count = Math.Max(1, (payload.Length + 59) / 60);
        for (int part = 0; part < count; part++)
        {
            string chunk = payload.Substring(part * 60, Math.Min(60, payload.Length - part * 60));
            string body = count == 1
                ? $"AIVDM,1,1,,A,{chunk},{fill}"
                : $"AIVDM,{count},{part + 1},{sequenceId},A,{chunk},{(part == count - 1 ? fill : 0)}";
            byte checksum = 0;
            foreach (char c in body)
            {
                checksum ^= (byte)c;
            }
            yield return $"!{body}*{checksum:X2}";
        }
    }
}
