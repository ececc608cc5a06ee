using Concert.Ais.Reading;
using FsCheck.Xunit;

namespace Concert.Ais.Tests.Reading;

/// <summary>Bad input never throws and never disappears: every line ends up in a message, a rejection or pending.</summary>
public class AisReaderPropertyTests
{
    private static readonly byte[][] RealLines =
    [
        .. File.ReadLines(NmeaText.TestData("pyais", "inline_from_tests.nmea")).Select(NmeaText.Bytes),
        .. File.ReadLines(NmeaText.TestData("libais", "tagblock.nmea")).Select(NmeaText.Bytes),
        .. File.ReadLines(NmeaText.TestData("pyais", "mixed.txt")).Select(NmeaText.Bytes),
    ];

    private static void AssertAccounted(AisLineDecoder decoder, long lines)
    {
        AisStatistics statistics = decoder.Statistics;
        Assert.Equal(lines, statistics.Lines);
        Assert.Equal(statistics.Lines, statistics.MessageLines + statistics.RejectedLines + statistics.PendingLines);
        decoder.Flush();
        Assert.Equal(0, statistics.PendingLines);
        Assert.Equal(statistics.Lines, statistics.MessageLines + statistics.RejectedLines);
    }

    [Property(MaxTest = 2000)]
    public void Arbitrary_bytes_as_a_line_never_throw(byte[] line)
    {
        var decoder = new AisLineDecoder();
        var handler = new RecordingHandler();
        decoder.Decode(line, ref handler);
        AssertAccounted(decoder, 1);
    }

    [Property(MaxTest = 500)]
    public void Arbitrary_bytes_after_a_valid_prefix_never_throw(byte[] tail, bool tagBlock)
    {
        byte[] prefix = NmeaText.Bytes(tagBlock ? "\\s:r1,c:1418172113*" : "!AIVDM,2,1,3,A,");
        var decoder = new AisLineDecoder(new AisReaderOptions { MaxPendingMessages = 2 });
        var handler = new RecordingHandler();
        decoder.Decode([.. prefix, .. tail], ref handler);
        decoder.Decode(RealLines[0], ref handler);
        AssertAccounted(decoder, 2);
    }

    [Property(MaxTest = 300)]
    public void Arbitrary_streams_never_throw_and_every_line_is_counted(byte[][] chunks)
    {
        byte[] content = [.. chunks.SelectMany(chunk => chunk.Length > 0 && chunk[0] % 2 == 0 ? [.. chunk, (byte)'\n'] : chunk)];
        var decoder = new AisLineDecoder();
        var handler = new RecordingHandler();
        AisReader.Read(new MemoryStream(content), decoder, ref handler);
        Assert.Equal(decoder.Statistics.Lines, decoder.Statistics.MessageLines + decoder.Statistics.RejectedLines);
        Assert.Equal(handler.Messages.Count, decoder.Statistics.Messages);
    }

    [Property(MaxTest = 500)]
    public void Mutated_real_lines_never_throw_and_are_all_accounted_for(int[] bitFlips, int[] truncations, int[] swaps, int[] repeats)
    {
        var lines = RealLines.Select(line => (byte[])line.Clone()).ToList();
        foreach (int flip in bitFlips)
        {
            byte[] line = lines[Index(flip, lines.Count)];
            if (line.Length > 0)
            {
                int bit = Index(flip / lines.Count, line.Length * 8);
                line[bit / 8] ^= (byte)(1 << (bit % 8));
            }
        }
        foreach (int cut in truncations)
        {
            int index = Index(cut, lines.Count);
            lines[index] = lines[index][..Index(cut / lines.Count, lines[index].Length + 1)];
        }
        foreach (int swap in swaps)
        {
            // Neighbouring swaps reorder the fragments of multi-sentence messages.
            int index = Index(swap, lines.Count - 1);
            (lines[index], lines[index + 1]) = (lines[index + 1], lines[index]);
        }
        foreach (int repeat in repeats)
        {
            int index = Index(repeat, lines.Count);
            lines.Insert(index, lines[index]);
        }
        var decoder = new AisLineDecoder(new AisReaderOptions { MaxPendingMessages = 4, FragmentMaxAgeLines = 8 });
        var handler = new RecordingHandler();
        foreach (byte[] line in lines)
        {
            decoder.Decode(line, ref handler);
            Assert.True(decoder.PendingMessages <= 4);
        }
        Assert.Equal(handler.Messages.Count, decoder.Statistics.Messages);
        AssertAccounted(decoder, lines.Count);
    }

    private static int Index(int value, int count) => (int)((uint)value % (uint)count);
}
