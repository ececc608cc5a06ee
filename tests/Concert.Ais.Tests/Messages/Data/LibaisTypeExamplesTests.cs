using System.Text.Json;
using Concert.Ais.Messages;

namespace Concert.Ais.Tests.Messages.Data;

/// <summary>
/// libais's type examples (an independent decoder, Kurt Schwehr's): for each data type, the fields that map onto the
/// records decode to libais's values.
/// </summary>
public sealed class LibaisTypeExamplesTests
{
    private static readonly HashSet<int> DataTypes = [6, 7, 8, 10, 12, 13, 14, 15, 16, 17, 20, 22, 23, 25, 26];

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        string directory = Path.Combine(AppContext.BaseDirectory, "TestData", "libais");
        foreach ((string json, string nmea) in File.ReadLines(Path.Combine(directory, "typeexamples.json"))
                     .Zip(File.ReadLines(Path.Combine(directory, "typeexamples.nmea"))))
        {
            if (DataTypes.Contains(JsonDocument.Parse(json).RootElement.GetProperty("type").GetInt32()))
            {
                data.Add(nmea, json);
            }
        }
        return data;
    }

    [Fact]
    public void Examples_cover_every_data_type() => Assert.Equal(15, Examples().Count);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Decodes_to_libais_values(string sentence, string json)
    {
        JsonElement expected = JsonDocument.Parse(json).RootElement;
        IAisMessage message = TestPayloadsData.Decode([sentence]);

        Assert.Equal(expected.GetProperty("type").GetInt32(), message.MessageType);
        Assert.Equal(expected.GetProperty("repeat").GetInt32(), message.Repeat);
        Assert.Equal(expected.GetProperty("mmsi").GetUInt32(), message.Mmsi);
        switch (message)
        {
            case AddressedBinaryMessage m:
                Same(expected, "dest_mmsi", m.DestinationMmsi);
                Same(expected, "seqno", m.SequenceNumber);
                // libais's type 6 decoder stores the inverse of bit 70; gpsdecode prints "retransmit":false here too.
                Same(expected, "retransmit", !m.Retransmit);
                Same(expected, "dac", m.Dac);
                Same(expected, "fid", m.Fid);
                break;
            case BinaryAcknowledge m:
                Same(expected, "mmsi1", m.Mmsi1);
                Same(expected, "mmsi2", m.Mmsi2);
                Same(expected, "mmsi3", m.Mmsi3);
                Same(expected, "mmsi4", m.Mmsi4);
                break;
            case BinaryBroadcastMessage m:
                Same(expected, "dac", m.Dac);
                Same(expected, "fid", m.Fid);
                Same(expected, "spare", m.Spare);
                break;
            case UtcDateInquiry m:
                Same(expected, "dest_mmsi", m.DestinationMmsi);
                Same(expected, "spare", m.Spare);
                Same(expected, "spare2", m.Spare2);
                break;
            case AddressedSafetyMessage m:
                Same(expected, "dest_mmsi", m.DestinationMmsi);
                Same(expected, "seqno", m.SequenceNumber);
                Same(expected, "retransmit", m.Retransmit);
                Same(expected, "spare", m.Spare);
                Same(expected, "text", m.Text);
                break;
            case SafetyBroadcastMessage m:
                Same(expected, "spare", m.Spare);
                Same(expected, "text", m.Text);
                break;
            case Interrogation m:
                Same(expected, "mmsi1", m.Mmsi1);
                Same(expected, "type1_1", m.FirstType1);
                Same(expected, "offset1_1", m.FirstOffset1);
                Same(expected, "type1_2", m.SecondType1);
                Same(expected, "offset1_2", m.SecondOffset1);
                Same(expected, "mmsi2", m.Mmsi2);
                Same(expected, "spare", m.Spare);
                Same(expected, "spare2", m.Spare2);
                break;
            case AssignmentModeCommand m:
                Same(expected, "mmsi1", m.Mmsi1);
                Same(expected, "offset1", m.Offset1);
                Same(expected, "increment1", m.Increment1);
                Same(expected, "mmsi2", m.Mmsi2);
                Same(expected, "offset2", m.Offset2);
                Same(expected, "increment2", m.Increment2);
                Same(expected, "spare", m.Spare);
                break;
            case DgnssBroadcast m:
                Near(expected, "lon", m.Longitude);
                Near(expected, "lat", m.Latitude);
                Same(expected, "spare", m.Spare);
                Same(expected, "spare2", m.Spare2);
                break;
            case DataLinkManagement m:
                Same(expected, "offset1", m.Offset1);
                Same(expected, "number1", m.Number1);
                Same(expected, "timeout1", m.Timeout1);
                Same(expected, "increment1", m.Increment1);
                Same(expected, "offset2", m.Offset2);
                Same(expected, "number2", m.Number2);
                Same(expected, "timeout2", m.Timeout2);
                Same(expected, "increment2", m.Increment2);
                Same(expected, "spare", m.Spare);
                break;
            case ChannelManagement m:
                Same(expected, "channel_a", m.ChannelA);
                Same(expected, "channel_b", m.ChannelB);
                Same(expected, "txrx", m.TxRx);
                Same(expected, "power", m.Power);
                Near(expected, "ne_lon", m.NeLongitude);
                Near(expected, "ne_lat", m.NeLatitude);
                Near(expected, "sw_lon", m.SwLongitude);
                Near(expected, "sw_lat", m.SwLatitude);
                Same(expected, "zonesize", m.ZoneSize);
                break;
            case GroupAssignmentCommand m:
                Near(expected, "ne_lon", m.NeLongitude);
                Near(expected, "ne_lat", m.NeLatitude);
                Near(expected, "sw_lon", m.SwLongitude);
                Near(expected, "sw_lat", m.SwLatitude);
                Same(expected, "stationtype", m.StationType);
                Same(expected, "shiptype", m.ShipType);
                Same(expected, "txrx", m.TxRx);
                Same(expected, "interval", m.Interval);
                Same(expected, "quiet", m.Quiet);
                Same(expected, "spare", m.Spare);
                Same(expected, "spare2", m.Spare2);
                Same(expected, "spare3", m.Spare3);
                break;
            case SingleSlotBinaryMessage m:
                Same(expected, "dest_mmsi", m.DestinationMmsi);
                break;
            case MultipleSlotBinaryMessage m:
                Same(expected, "dest_mmsi", m.DestinationMmsi);
                // libais splits the application identifier into its DAC (10 bits) and FI (6 bits).
                Assert.Equal((expected.GetProperty("dac").GetInt32() << 6) | expected.GetProperty("fid").GetInt32(), m.ApplicationId);
                break;
            default:
                Assert.Fail($"unexpected record {message.GetType().Name}");
                break;
        }
    }

    private static void Same(JsonElement expected, string name, long actual) => Assert.True(
        expected.GetProperty(name).GetInt64() == actual, $"{name}: libais {expected.GetProperty(name)}, Concert {actual}");

    private static void Same(JsonElement expected, string name, bool actual)
    {
        JsonElement value = expected.GetProperty(name);
        bool libais = value.ValueKind == JsonValueKind.Number ? value.GetInt32() != 0 : value.GetBoolean();
        Assert.True(libais == actual, $"{name}: libais {value}, Concert {actual}");
    }

    private static void Same(JsonElement expected, string name, string actual) =>
        Assert.Equal(expected.GetProperty(name).GetString(), actual);

    // libais stores coordinates as 32-bit floats.
    private static void Near(JsonElement expected, string name, double? actual) =>
        Assert.Equal(expected.GetProperty(name).GetDouble(), actual!.Value, 4);
}
