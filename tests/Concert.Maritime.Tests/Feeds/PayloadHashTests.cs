using System.Text;
using Concert.Ais;
using Concert.Ais.Bits;
using Concert.Ais.Messages;
using Concert.Ais.Nmea;
using Concert.Ais.Reading;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;

namespace Concert.Maritime.Tests.Feeds;

/// <summary>
/// The de-duplication key of a standard position report is a hash of its received bits, which must be the bits encoding
/// the decoded message gives back (the key the archive has always stored); a report of another length is hashed as
/// encoded again, so a receiver that pads it still merges with the others.
/// </summary>
public sealed class PayloadHashTests : IDisposable
{
    private const long Start = 1_772_323_200; // 2026-03-01T00:00:00Z
    private readonly TestArchive _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public void The_received_bits_of_a_standard_position_report_are_the_bits_encoding_gives_back()
    {
        var decoder = new AisLineDecoder();
        var checks = new List<(int Type, bool Same)>();
        var handler = new ReencodingCheck(decoder, new AisBitWriter(), checks);
        foreach (string line in File.ReadLines(FileFeeds.TestData("gpsd", "sample.aivdm")))
        {
            decoder.Decode(Encoding.ASCII.GetBytes(line), ref handler);
        }

        Assert.Equal(10, checks.Count);
        Assert.Contains(checks, check => check.Type == 18);
        Assert.All(checks, check => Assert.True(check.Same, $"a type {check.Type} encodes to other bits than it was received in"));
    }

    [Fact]
    public async Task A_receiver_that_pads_a_position_report_still_merges_with_the_other_receivers()
    {
        string heard = NmeaSentences.PositionA(211_000_001, 54.0, 10.0, second: 1, unixTime: Start, station: "north");
        string padded = Padded(NmeaSentences.PositionA(211_000_001, 54.0, 10.0, second: 1, unixTime: Start, station: "south"));
        string other = NmeaSentences.PositionA(211_000_001, 54.01, 10.0, second: 2, unixTime: Start + 1, station: "south");
        string path = FileFeeds.WriteLines(_test.Directory, "receivers.nmea", [heard, padded, other]);

        IngestSummary summary = await new IngestRunner(_test.Archive, [FileFeeds.Nmea(path)]).RunAsync();

        Assert.Equal(3, summary.Feeds[0].Statistics.Messages);
        Assert.Equal((2L, 1L), (summary.PositionsCommitted, summary.RepeatsMerged));
    }

    // The same message with one more armor character of zero bits, declared as fill but two bits short: 170 bits.
    private static string Padded(string line)
    {
        int bang = line.IndexOf('!', StringComparison.Ordinal);
        string[] fields = line[(bang + 1)..line.IndexOf('*', bang)].Split(',');
        fields[5] += "0";
        fields[6] = "4";
        string sentence = string.Join(',', fields);
        return $"{line[..bang]}!{sentence}*{NmeaChecksum.Compute(Encoding.ASCII.GetBytes(sentence)):X2}";
    }

    private readonly struct ReencodingCheck(AisLineDecoder decoder, AisBitWriter writer, List<(int Type, bool Same)> checks) : IAisMessageHandler
    {
        public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
            where TMessage : struct, IAisMessage<TMessage>
        {
            if (decoder.DeliveredPayloadBits != 168 || message.MessageType is not (1 or 2 or 3 or 9 or 18))
            {
                return;
            }
            writer.Reset();
            message.Encode(writer);
            checks.Add((message.MessageType, writer.BitLength == 168 && writer.Packed.SequenceEqual(decoder.DeliveredPayload)));
        }
    }
}
