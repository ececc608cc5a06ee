using System.Globalization;
using System.Text;
using System.Text.Json;
using Concert.Ais.Messages;
using Concert.Ais.Reading;
using Concert.Commands;

namespace Concert.Tests;

/// <summary>Runs <c>concert decode</c> in-process on gpsd's own sample log and compares with gpsdecode's output.</summary>
public class DecodeCommandTests
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "TestData", "gpsd", "sample.aivdm");

    private static (int ExitCode, string Output, string Error) Run(bool outputIsTerminal, bool errorIsTerminal, params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var console = new CommandConsole(output, error, outputIsTerminal, errorIsTerminal);
        int exitCode = ConcertCommandLine.Create(console).Parse(args).Invoke();
        return (exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Run(false, false, args);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsClassAPosition(string json) =>
        json.Contains("\"type\":1,", StringComparison.Ordinal) || json.Contains("\"type\":2,", StringComparison.Ordinal)
        || json.Contains("\"type\":3,", StringComparison.Ordinal);

    [Fact]
    public void Gpsd_unscaled_output_for_types_1_to_3_equals_gpsdecode_ju_byte_for_byte()
    {
        // sample.aivdm.ju.chk is gpsd's regression output of `gpsdecode -u -j < sample.aivdm`, "\r\n" line ends included.
        string[] expected = SplitKeepingEnds(File.ReadAllText(Sample + ".ju.chk")).Where(IsClassAPosition).ToArray();
        var (exitCode, output, error) = Run("decode", Sample, "--format", "gpsd", "--unscaled");
        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        string[] actual = SplitKeepingEnds(output).Where(IsClassAPosition).ToArray();
        Assert.Equal(6, expected.Length);
        Assert.All(expected, line => Assert.EndsWith("}\r\n", line, StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Gpsd_unscaled_output_of_the_whole_sample_equals_gpsdecode_split_output_object_for_object()
    {
        // The recording pairs each message of sample.aivdm with what gpsd 3.22's `gpsdecode -u -s -j` printed for it,
        // type 24 joining included; null where gpsdecode printed nothing.
        string[] expected = File.ReadLines(Sample + ".gpsdecode-u-s-j.jsonl")
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("gpsd"))
            .Where(gpsd => gpsd.ValueKind == JsonValueKind.Object)
            .Select(gpsd => gpsd.GetRawText())
            .Select(Canonical)
            .ToArray();
        var (exitCode, output, _) = Run("decode", Sample, "--format", "gpsd", "--unscaled");
        Assert.Equal(0, exitCode);
        string[] actual = Lines(output).Select(Canonical).ToArray();
        Assert.Equal(102, expected.Length);
        Assert.Equal(expected, actual);
    }

    // Field names, order and values, independent of the recording's whitespace.
    private static string Canonical(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    private static IEnumerable<string> SplitKeepingEnds(string text)
    {
        int start = 0;
        for (int end = text.IndexOf('\n', StringComparison.Ordinal); end >= 0; end = text.IndexOf('\n', start))
        {
            yield return text[start..(end + 1)];
            start = end + 1;
        }
    }

    [Fact]
    public void Gpsd_format_writes_one_object_per_message_with_gpsd_header()
    {
        var (_, output, _) = Run("decode", Sample);
        string[] lines = Lines(output);
        Assert.Equal(AisReader.ReadMessages(Sample).Count(), lines.Length);
        Assert.All(lines, line => Assert.StartsWith("{\"class\":\"AIS\",\"device\":\"stdin\",\"type\":", line, StringComparison.Ordinal));
        Assert.Contains("\"scaled\":true", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Ndjson_output_parses_and_carries_metadata_and_fields()
    {
        var (exitCode, output, _) = Run("decode", Sample, "--format", "ndjson");
        Assert.Equal(0, exitCode);
        var objects = Lines(output).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(AisReader.ReadMessages(Sample).Count(), objects.Count);
        // The first line of sample.aivdm; values from sample.aivdm.ju.chk (mmsi, lon, lat, heading).
        JsonElement first = objects[0];
        Assert.Equal(1, first.GetProperty("type").GetInt32());
        Assert.Equal(371798000u, first.GetProperty("mmsi").GetUInt32());
        Assert.Equal("AI", first.GetProperty("talker").GetString());
        Assert.Equal("A", first.GetProperty("channel").GetString());
        Assert.False(first.GetProperty("vdo").GetBoolean());
        Assert.Equal(1, first.GetProperty("fragments").GetInt32());
        JsonElement message = first.GetProperty("message");
        Assert.Equal(-74037230, message.GetProperty("longitudeRaw").GetInt32());
        Assert.Equal(29028980, message.GetProperty("latitudeRaw").GetInt32());
        Assert.Equal(-74037230 / 600000.0, message.GetProperty("longitude").GetDouble());
        Assert.Equal(215, message.GetProperty("headingDegrees").GetInt32());
        Assert.Equal(12.3, message.GetProperty("speedKnots").GetDouble());
    }

    [Fact]
    public void Ndjson_output_writes_tag_blocks_and_leaves_out_unavailable_values()
    {
        string path = Path.Combine(Path.GetTempPath(), $"concert-{Guid.NewGuid():N}.nmea");
        try
        {
            // libais test/data/tagblock.nmea line 2; then sample.aivdm line 2 (heading 511: not available).
            File.WriteAllLines(path, [
                "\\s:rORBCOMM104,q:u,c:1418172113,T:2014-12-10 00.41.53*55\\!AIVDM,1,1,,B,13F?Vv700<DJuLEtvep`iToV0<00,0*78",
                "!AIVDM,1,1,,A,16SteH0P00Jt63hHaa6SagvJ087r,0*42",
            ]);
            var (_, output, _) = Run("decode", path, "--format", "ndjson");
            var objects = Lines(output).Select(line => JsonDocument.Parse(line).RootElement).ToList();
            Assert.Equal(2, objects.Count);
            JsonElement tag = objects[0].GetProperty("tagBlock");
            Assert.Equal("rORBCOMM104", tag.GetProperty("source").GetString());
            Assert.Equal(1418172113, tag.GetProperty("time").GetInt64());
            Assert.False(objects[1].TryGetProperty("tagBlock", out _));
            Assert.False(objects[1].GetProperty("message").TryGetProperty("headingDegrees", out _));
            Assert.Equal(511, objects[1].GetProperty("message").GetProperty("headingRaw").GetInt32());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Csv_output_has_a_row_per_position_report()
    {
        var (exitCode, output, _) = Run("decode", Sample, "--format", "csv");
        Assert.Equal(0, exitCode);
        string[] lines = Lines(output);
        Assert.Equal("time,mmsi,type,lat,lon,sog,cog,heading,accuracy", lines[0]);
        int positionReports = AisReader.ReadMessages(Sample).Count(m => m.Message is IAisPositionReport);
        Assert.Equal(positionReports, lines.Length - 1);
        Assert.All(lines.Skip(1), row => Assert.Equal(9, row.Split(',').Length));
        // sample.aivdm line 1 per gpsdecode -u: lat 29028980, lon -74037230 (1/10,000'), speed 123, course 2240, heading 215.
        Assert.Equal(",371798000,1,48.381633,-123.395383,12.3,224.0,215,true", lines[1]);
    }

    [Fact]
    public void Csv_rows_take_their_time_from_the_tag_block()
    {
        string path = Path.Combine(Path.GetTempPath(), $"concert-{Guid.NewGuid():N}.nmea");
        try
        {
            File.WriteAllLines(path, ["\\s:rORBCOMM104,q:u,c:1418172113,T:2014-12-10 00.41.53*55\\!AIVDM,1,1,,B,13F?Vv700<DJuLEtvep`iToV0<00,0*78"]);
            var (_, output, _) = Run("decode", path, "--format", "csv");
            // libais tagblock.json: "tagblock_timestamp": "2014-12-10T00:41:53.000000Z", mmsi 224651000, heading 155.
            Assert.StartsWith("2014-12-10T00:41:53Z,224651000,1,", Lines(output)[1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_gives_exit_code_2_and_says_why()
    {
        string missing = Path.Combine(Path.GetTempPath(), "concert-no-such-log.nmea");
        var (exitCode, output, error) = Run("decode", missing);
        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("cannot open", error, StringComparison.Ordinal);
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_stderr_stays_silent_without_stats()
    {
        var (_, _, error) = Run("decode", Sample, "--format", "csv");
        Assert.Equal("", error);
    }

    [Fact]
    public void Stats_prints_a_plain_summary_when_stderr_is_redirected()
    {
        var (exitCode, _, error) = Run("decode", Sample, "--stats", "--format", "csv");
        Assert.Equal(0, exitCode);
        var decoder = new AisLineDecoder();
        var ignore = new NoHandler();
        using (AisInput input = AisReader.Open(Sample))
        {
            AisReader.Read(input, decoder, ref ignore);
        }
        AisStatistics s = decoder.Statistics;
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"lines {s.Lines} messages {s.Messages} message-lines {s.MessageLines} rejected-lines {s.RejectedLines}", lines[0]);
        Assert.Contains($"type 1 {s.MessagesOfType(1)}", lines);
        Assert.Contains($"rejected NotAis {s.LinesRejectedFor(Concert.Ais.AisDecodeStatus.NotAis)}", lines);
        Assert.DoesNotContain('\u001b', error);
    }

    [Fact]
    public void Require_checksum_rejects_sentences_without_one()
    {
        string path = Path.Combine(Path.GetTempPath(), $"concert-{Guid.NewGuid():N}.nmea");
        try
        {
            File.WriteAllLines(path, ["!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0"]);
            Assert.Single(Lines(Run("decode", path).Output));
            var (_, output, error) = Run("decode", path, "--require-checksum", "--stats");
            Assert.Empty(Lines(output));
            Assert.Contains("rejected MissingChecksum 1", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void On_a_terminal_stderr_gets_a_table_of_counts_and_stdout_stays_plain()
    {
        var (exitCode, output, error) = Run(false, true, "decode", Sample, "--format", "gpsd", "--unscaled");
        Assert.Equal(0, exitCode);
        Assert.All(Lines(output), line => Assert.StartsWith("{\"class\":\"AIS\"", line, StringComparison.Ordinal));
        Assert.Contains("Rejected because", error, StringComparison.Ordinal);
        Assert.Contains("NotAis", error, StringComparison.Ordinal);
        Assert.Contains("Messages", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exitCode, output, _) = Run("decode", Sample, "--format", "xml");
        Assert.NotEqual(0, exitCode);
        Assert.Equal("", output);
    }

    private struct NoHandler : IAisMessageHandler
    {
        public readonly void OnMessage<TMessage>(in TMessage message, in Concert.Ais.AisMetadata metadata)
            where TMessage : struct, IAisMessage<TMessage>
        {
        }
    }
}
