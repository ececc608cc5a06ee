using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Concert.Ais.Messages;
using Concert.Ais.Reading;

namespace Concert.Ais.Tests.Reading;

public class AisReaderTests
{
    private static AisLineDecoder ReadFile(string path, RecordingHandler handler)
    {
        var decoder = new AisLineDecoder();
        using AisInput input = AisReader.Open(path);
        AisReader.Read(input, decoder, ref handler);
        return decoder;
    }

    private static int PositionReports(RecordingHandler handler) =>
        handler.Messages.Count(m => m.Message.MessageType is 1 or 2 or 3);

    [Theory]
    // Expected type 1-3 counts: `gpsdecode -u -j < file | grep -c '"type":[123],'` (gpsd 3.22).
    [InlineData("pyais", "inline_from_tests.nmea", 43)]
    // gpsd counts 5: the file's last line has no terminator and gpsdecode drops it; a cut-off log still holds that report.
    [InlineData("pyais", "messages.ais", 6)]
    [InlineData("pyais", "timestamped.ais", 4)]
    // gpsd counts 10 here: it does not verify tag-block checksums, and two lines carry one-digit "*A" ones that are wrong.
    [InlineData("pyais", "mixed.txt", 8)]
    [InlineData("libais", "tagblock.nmea", 3)]
    public void Accounts_for_every_line_of_the_shared_samples(string source, string file, int positionReports)
    {
        string path = NmeaText.TestData(source, file);
        var handler = new RecordingHandler();
        AisLineDecoder decoder = ReadFile(path, handler);
        AisStatistics statistics = decoder.Statistics;
        Assert.Equal(File.ReadLines(path).Count(line => !string.IsNullOrWhiteSpace(line)), statistics.Lines);
        Assert.Equal(statistics.Lines, statistics.MessageLines + statistics.RejectedLines);
        Assert.Equal(0, statistics.PendingLines);
        Assert.Equal(positionReports, PositionReports(handler));
        Assert.Equal(statistics.Messages, handler.Messages.Count);
        Assert.Equal(positionReports, statistics.MessagesOfType(1) + statistics.MessagesOfType(2) + statistics.MessagesOfType(3));
    }

    [Fact]
    public void Counts_comments_and_other_sentences_of_mixed_txt_as_not_AIS()
    {
        string path = NmeaText.TestData("pyais", "mixed.txt");
        AisLineDecoder decoder = ReadFile(path, new RecordingHandler());
        int expected = File.ReadLines(path).Count(line => line.StartsWith('#') || line.StartsWith('$') || line is "foobar" or "IamNotAnAisMessage1111");
        Assert.Equal(13, expected);
        Assert.Equal(expected, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.NotAis));
        Assert.Equal(3, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.BadChecksum));
    }

    [Fact]
    public void Matches_libais_tag_block_expectations()
    {
        string[] expectations = File.ReadAllLines(NmeaText.TestData("libais", "tagblock.json"));
        var expectedPositions = expectations
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(json => json.GetProperty("type").GetInt32() == 1)
            .ToList();
        var handler = new RecordingHandler();
        AisLineDecoder decoder = ReadFile(NmeaText.TestData("libais", "tagblock.nmea"), handler);
        var positions = handler.Messages.Where(m => m.Message.MessageType == 1).ToList();
        Assert.Equal(expectedPositions.Count, positions.Count);
        foreach (var (expected, (message, metadata)) in expectedPositions.Zip(positions))
        {
            var report = Assert.IsType<PositionReportClassA>(message);
            Assert.Equal(expected.GetProperty("mmsi").GetUInt32(), report.Mmsi);
            Assert.Equal(expected.GetProperty("heading").GetInt32(), report.HeadingRaw);
            Assert.Equal(expected.GetProperty("second").GetInt32(), report.Second);
            Assert.Equal(expected.GetProperty("status").GetInt32(), report.Status);
            // libais stores coordinates as single-precision floats: agree to 1e-4 degree (about 10 m).
            Assert.Equal(expected.GetProperty("lat").GetDouble(), report.Latitude!.Value, 4);
            Assert.Equal(expected.GetProperty("lon").GetDouble(), report.Longitude!.Value, 4);
            Assert.Equal(expected.GetProperty("tagblock_station").GetString(), metadata.TagBlock.Source);
            long expectedTime = DateTimeOffset.Parse(expected.GetProperty("tagblock_timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();
            Assert.Equal(expectedTime, metadata.TagBlock.UnixTime);
        }
        // The type 5 message's two sentences (g:1-2-1604 and g:2-2-1604) are joined around the interleaved type 1, whatever
        // the type 5 decoder makes of them.
        AisStatistics statistics = decoder.Statistics;
        Assert.Equal(0, statistics.LinesRejectedFor(AisDecodeStatus.OrphanFragment));
        Assert.Equal(5, statistics.MessageLines + statistics.LinesRejectedFor(AisDecodeStatus.UnknownType));
    }

    [Fact]
    public void Reads_gzip_recognised_by_its_magic_bytes_not_its_name()
    {
        string plain = NmeaText.TestData("pyais", "inline_from_tests.nmea");
        string compressed = Path.Combine(Path.GetTempPath(), $"concert-{Guid.NewGuid():N}.nmea");
        try
        {
            using (FileStream file = File.Create(compressed))
            using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            {
                gzip.Write(File.ReadAllBytes(plain));
            }
            var handler = new RecordingHandler();
            using AisInput input = AisReader.Open(compressed);
            Assert.True(input.IsCompressed);
            var decoder = new AisLineDecoder();
            long lastProgress = 0;
            AisReader.Read(input, decoder, ref handler, bytes => lastProgress = bytes);
            Assert.Equal(43, PositionReports(handler));
            Assert.Equal(new FileInfo(compressed).Length, lastProgress);
            Assert.Equal(input.Length, lastProgress);
        }
        finally
        {
            File.Delete(compressed);
        }
    }

    [Fact]
    public void Reads_gzip_from_a_pipe_that_cannot_seek()
    {
        var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.ASCII.GetBytes("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n"));
        }
        using AisInput input = AisInput.FromStream("-", new ForwardOnlyStream(packed.ToArray()));
        Assert.True(input.IsCompressed);
        Assert.Null(input.Length);
        var handler = new RecordingHandler();
        AisReader.Read(input, new AisLineDecoder(), ref handler);
        Assert.Equal(371798000u, Assert.Single(handler.Messages).Message.Mmsi);
    }

    [Fact]
    public void Reads_plain_text_from_a_pipe_after_sniffing_it()
    {
        using AisInput input = AisInput.FromStream("-", new ForwardOnlyStream(Encoding.ASCII.GetBytes("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A")));
        Assert.False(input.IsCompressed);
        var handler = new RecordingHandler();
        AisReader.Read(input, new AisLineDecoder(), ref handler);
        Assert.Single(handler.Messages);
    }

    [Fact]
    public void Splits_LF_and_CRLF_lines_skips_blank_ones_and_reads_a_last_line_without_terminator()
    {
        const string text = "\r\n!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\r\n\n   \n# comment\n!AIVDM,1,1,,B,25Cjtd0Oj;Jp7ilG7=UkKBoB0<06,0*60";
        var decoder = new AisLineDecoder();
        var handler = new RecordingHandler();
        var progress = new List<long>();
        AisReader.Read(new MemoryStream(Encoding.ASCII.GetBytes(text)), decoder, ref handler, progress.Add);
        Assert.Equal(2, handler.Messages.Count);
        Assert.Equal(3, decoder.Statistics.Lines);
        Assert.Equal(1, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.NotAis));
        Assert.Equal(text.Length, progress[^1]);
    }

    [Fact]
    public void Read_with_options_returns_the_counts()
    {
        var handler = new RecordingHandler();
        AisStatistics statistics = AisReader.Read(
            new MemoryStream("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0\n!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n"u8.ToArray()),
            ref handler,
            new AisReaderOptions { RequireChecksum = true });
        Assert.Equal(2, statistics.Lines);
        Assert.Equal(1, statistics.Messages);
        Assert.Equal(1, statistics.LinesRejectedFor(AisDecodeStatus.MissingChecksum));
    }

    [Theory]
    [InlineData(8, 256, 1000)]
    [InlineData(1024, 0, 1000)]
    [InlineData(1024, 256, 0)]
    public void Refuses_options_that_cannot_work(int maxLineLength, int maxPending, int maxAge) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AisLineDecoder(new AisReaderOptions
        {
            MaxLineLength = maxLineLength,
            MaxPendingMessages = maxPending,
            FragmentMaxAgeLines = maxAge,
        }));

    [Fact]
    public void Rejects_a_line_longer_than_the_buffer_once_and_reads_on()
    {
        byte[] noise = new byte[3 << 20];
        Array.Fill(noise, (byte)'x');
        var stream = new MemoryStream();
        stream.Write(noise);
        stream.Write("\n!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A\n"u8);
        stream.Position = 0;
        var decoder = new AisLineDecoder();
        var handler = new RecordingHandler();
        AisReader.Read(stream, decoder, ref handler);
        Assert.Single(handler.Messages);
        Assert.Equal(2, decoder.Statistics.Lines);
        Assert.Equal(1, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.LineTooLong));
    }

    [Fact]
    public void Counts_fragments_left_at_the_end_of_the_input_as_orphans()
    {
        var decoder = new AisLineDecoder();
        var handler = new RecordingHandler();
        AisReader.Read(new MemoryStream("!AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C\n"u8.ToArray()), decoder, ref handler);
        Assert.Equal(1, decoder.Statistics.LinesRejectedFor(AisDecodeStatus.OrphanFragment));
        Assert.Equal(0, decoder.Statistics.PendingLines);
    }

    [Fact]
    public void ReadMessages_gives_boxed_messages_with_metadata()
    {
        var messages = AisReader.ReadMessages(NmeaText.TestData("libais", "tagblock.nmea")).ToList();
        var positions = messages.Select(m => m.Message).OfType<IAisPositionReport>().ToList();
        Assert.Equal(3, positions.Count);
        Assert.All(positions, p => Assert.Equal(224651000u, p.Mmsi));
        Assert.Equal("rORBCOMM104", messages.First(m => m.Message.MessageType == 1).Metadata.TagBlock.Source);
    }

    [Fact]
    public void ReadMessages_from_a_stream_is_lazy_and_complete()
    {
        using FileStream file = File.OpenRead(NmeaText.TestData("pyais", "inline_from_tests.nmea"));
        Assert.Equal(43, AisReader.ReadMessages(file).Count(m => m.Message is PositionReportClassA));
    }

    [Fact]
    public void Opening_a_missing_file_throws_a_clear_IO_exception() =>
        Assert.Throws<FileNotFoundException>(() => AisReader.Open(Path.Combine(Path.GetTempPath(), "concert-no-such-file.nmea")));

    /// <summary>A pipe: reads forward only, in small pieces, cannot seek.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(Math.Min(count, 7), content.Length - _position);
            content.AsSpan(_position, n).CopyTo(buffer.AsSpan(offset));
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
