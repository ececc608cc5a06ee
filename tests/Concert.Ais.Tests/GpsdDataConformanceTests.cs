using System.Text.Json;
using Concert.Ais.Messages;

namespace Concert.Ais.Tests;

/// <summary>
/// Every binary, safety, acknowledgement and link-management message of gpsd's own test sample, decoded here and written
/// as gpsd JSON, against what gpsdecode 3.22 printed for it (<c>-u</c>, recorded) and prints now (scaled, live).
/// </summary>
public sealed class GpsdDataConformanceTests
{
    private static readonly HashSet<int> DataTypes = [6, 7, 8, 10, 12, 13, 14, 15, 16, 17, 20, 22, 23, 25, 26];

    /// <summary>The sample's messages of the data types: their sentences and gpsd's unscaled JSON object.</summary>
    public static TheoryData<string, string> SampleMessages()
    {
        var data = new TheoryData<string, string>();
        var seen = new HashSet<string>();
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "gpsd", "sample.aivdm.gpsdecode-u-s-j.jsonl");
        foreach (string line in File.ReadLines(path))
        {
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement gpsd = document.RootElement.GetProperty("gpsd");
            if (gpsd.ValueKind != JsonValueKind.Object || !DataTypes.Contains(gpsd.GetProperty("type").GetInt32()))
            {
                continue;
            }
            string sentences = string.Join('\n', document.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetString()));
            // The sample repeats a few messages; one test case each is enough.
            if (seen.Add(sentences))
            {
                data.Add(sentences, gpsd.GetRawText());
            }
        }
        return data;
    }

    [Fact]
    public void Sample_holds_every_data_type()
    {
        var types = SampleMessages().Select(row => JsonDocument.Parse((string)row[1]).RootElement.GetProperty("type").GetInt32()).ToHashSet();
        Assert.Equal(DataTypes.Order(), types.Order());
    }

    [Theory]
    [MemberData(nameof(SampleMessages))]
    public void Unscaled_output_matches_gpsdecode_field_for_field(string sentences, string expectedJson)
    {
        IAisMessage message = TestPayloadsData.Decode(sentences.Split('\n'));

        string actualJson = TestPayloadsData.Gpsd(message, scaled: false);

        AssertSameFields(JsonDocument.Parse(expectedJson).RootElement, JsonDocument.Parse(actualJson).RootElement, "$");
    }

    [Theory]
    [MemberData(nameof(SampleMessages))]
    public void Encoding_gives_back_the_received_bits(string sentences, string expectedJson)
    {
        _ = expectedJson;
        byte[] packed = TestPayloadsData.Pack(sentences.Split('\n'), out int bitLength);
        IAisMessage message = TestPayloadsData.Decode(sentences.Split('\n'));

        Assert.Equal(TestPayloadsData.BitString(packed, bitLength), TestPayloadsData.EncodeBits(message));
    }

    [GpsdecodeFact]
    public void Scaled_output_matches_live_gpsdecode_byte_for_byte()
    {
        List<string> messages = SampleMessages().Select(row => (string)row[0]).ToList();
        IReadOnlyList<string> expected = GpsdecodeRunner.Run("-j", messages);

        string[] actual = messages.Select(m => TestPayloadsData.Gpsd(TestPayloadsData.Decode(m.Split('\n')), scaled: true)).ToArray();

        Assert.Equal(expected.Count, actual.Length);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    private static void AssertSameFields(JsonElement expected, JsonElement actual, string path)
    {
        Assert.Equal(expected.ValueKind, actual.ValueKind);
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                string[] expectedNames = expected.EnumerateObject().Select(p => p.Name).ToArray();
                string[] actualNames = actual.EnumerateObject().Select(p => p.Name).ToArray();
                Assert.Equal(expectedNames, actualNames);
                foreach (JsonProperty property in expected.EnumerateObject())
                {
                    AssertSameFields(property.Value, actual.GetProperty(property.Name), path + "." + property.Name);
                }
                break;
            case JsonValueKind.Array:
                Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                for (int i = 0; i < expected.GetArrayLength(); i++)
                {
                    AssertSameFields(expected[i], actual[i], $"{path}[{i}]");
                }
                break;
            case JsonValueKind.Number:
                Assert.True(expected.GetDecimal() == actual.GetDecimal(), $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                break;
            default:
                Assert.True(expected.GetRawText() == actual.GetRawText(), $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}");
                break;
        }
    }
}
