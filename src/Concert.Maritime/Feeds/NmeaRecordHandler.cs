using System.IO.Hashing;
using System.Runtime.CompilerServices;
using Concert.Ais;
using Concert.Ais.Bits;
using Concert.Ais.Messages;
using Concert.Ais.Reading;
using Concert.Maritime.Ingest;

namespace Concert.Maritime.Feeds;

/// <summary>
/// Turns decoded messages into archive records: position reports into <see cref="PositionRecord"/>s, types 5, 19 and 24
/// (and the name, type and dimensions of a type 21) into <see cref="VesselStaticRecord"/>s; other types are counted by the decoder and not stored. The payload hash is
/// taken over the message's bits, so every receiver of a message gets the same hash: the received bits
/// (<see cref="AisLineDecoder.DeliveredPayload"/>) for a position report of its standard 168 bits, whose fields are all
/// stored raw, so that encoding it again would give back those very bits; the bits encoded again from the message for
/// every other type and length, so that fill or padding a receiver added does not split one message in two.
/// </summary>
internal readonly struct NmeaRecordHandler(FeedRecordWriter writer, AisBitWriter bits, AisLineDecoder decoder) : IAisMessageHandler
{
    private const long MicrosPerSecond = 1_000_000;

    // Types 1–3, 9 and 18 are 168 bits long, every bit a stored field.
    private const int PositionReportBits = 168;

    public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
        where TMessage : struct, IAisMessage<TMessage>
    {
        if (typeof(TMessage) == typeof(PositionReportClassA))
        {
            // The bulk of all traffic: read the raw fields directly, without boxing.
            ref readonly PositionReportClassA report = ref As<TMessage, PositionReportClassA>(message);
            if (report.Latitude is null || report.Longitude is null)
            {
                return;
            }
            writer.Add(new PositionRecord(
                ReceiveTime(metadata), report.Mmsi, report.LatitudeRaw, report.LongitudeRaw,
                (ushort)report.SpeedRaw, (ushort)Math.Min(report.CourseRaw, PositionRecord.CourseNotAvailable), (ushort)report.HeadingRaw,
                (byte)report.Status, (byte)report.MessageType, PositionReportHash(message), writer.SourceId, writer.LabelId, 1,
                report.Accuracy, (sbyte)report.TurnRaw, PositionRecord.AltitudeNotAvailable, writer.StationId(metadata.TagBlock.Source)));
        }
        else if (typeof(TMessage) == typeof(PositionReportClassB))
        {
            AddPosition(in As<TMessage, PositionReportClassB>(message), PositionRecord.AltitudeNotAvailable, PositionReportHash(message), metadata);
        }
        else if (typeof(TMessage) == typeof(SarAircraftPositionReport))
        {
            ref readonly SarAircraftPositionReport report = ref As<TMessage, SarAircraftPositionReport>(message);
            AddPosition(in report, (ushort)report.AltitudeRaw, PositionReportHash(message), metadata);
        }
        else if (message is IAisPositionReport)
        {
            // The rarer position types (4, 19, 21, 27), through the interface.
            AddPosition((IAisPositionReport)message, PositionRecord.AltitudeNotAvailable, Hash(message), metadata);
        }
        else if (typeof(TMessage) == typeof(StaticAndVoyageData))
        {
            ref readonly StaticAndVoyageData report = ref As<TMessage, StaticAndVoyageData>(message);
            writer.Add(new VesselStaticRecord(
                ReceiveTime(metadata), report.Mmsi, 5, Text(report.ShipName), Text(report.CallSign), report.Imo,
                (byte)report.ShipType, (ushort)report.Dimensions.ToBow, (ushort)report.Dimensions.ToStern,
                (byte)report.Dimensions.ToPort, (byte)report.Dimensions.ToStarboard,
                report.DraughtRaw == 0 ? null : (byte)report.DraughtRaw, Text(report.Destination),
                PackedEta.Pack(report.EtaMonthRaw, report.EtaDayRaw, report.EtaHourRaw, report.EtaMinuteRaw), null,
                Hash(message), writer.SourceId, writer.LabelId));
        }
        else if (typeof(TMessage) == typeof(StaticDataReportPartA))
        {
            ref readonly StaticDataReportPartA report = ref As<TMessage, StaticDataReportPartA>(message);
            writer.Add(new VesselStaticRecord(
                ReceiveTime(metadata), report.Mmsi, 24, Text(report.ShipName), null, null, null, null, null, null, null, null,
                null, null, null, Hash(message), writer.SourceId, writer.LabelId));
        }
        else if (typeof(TMessage) == typeof(StaticDataReportPartB))
        {
            ref readonly StaticDataReportPartB report = ref As<TMessage, StaticDataReportPartB>(message);
            writer.Add(new VesselStaticRecord(
                ReceiveTime(metadata), report.Mmsi, 24, null, Text(report.CallSign), null, (byte)report.ShipType,
                (ushort)report.Dimensions.ToBow, (ushort)report.Dimensions.ToStern, (byte)report.Dimensions.ToPort,
                (byte)report.Dimensions.ToStarboard, null, null, null, null, Hash(message), writer.SourceId, writer.LabelId));
        }

        if (typeof(TMessage) == typeof(ExtendedPositionReportClassB))
        {
            // Type 19 is a position and a static report in one.
            ref readonly ExtendedPositionReportClassB report = ref As<TMessage, ExtendedPositionReportClassB>(message);
            writer.Add(new VesselStaticRecord(
                ReceiveTime(metadata), report.Mmsi, 19, Text(report.ShipName), null, null, (byte)report.ShipType,
                (ushort)report.Dimensions.ToBow, (ushort)report.Dimensions.ToStern, (byte)report.Dimensions.ToPort,
                (byte)report.Dimensions.ToStarboard, null, null, null, null, Hash(message), writer.SourceId, writer.LabelId));
        }
        else if (typeof(TMessage) == typeof(AidToNavigationReport))
        {
            // Type 21 is a position and, in its name, type and dimensions, a static report.
            ref readonly AidToNavigationReport report = ref As<TMessage, AidToNavigationReport>(message);
            writer.Add(new VesselStaticRecord(
                ReceiveTime(metadata), report.Mmsi, 21, Text(report.FullName), null, null, null,
                (ushort)report.Dimensions.ToBow, (ushort)report.Dimensions.ToStern, (byte)report.Dimensions.ToPort,
                (byte)report.Dimensions.ToStarboard, null, null, null, (byte)report.AidType, Hash(message), writer.SourceId,
                writer.LabelId));
        }
    }

    // Reinterprets the message as the type the caller has just tested typeof(TMessage) against: no copy, no boxing.
    private static ref readonly TTarget As<TMessage, TTarget>(in TMessage message)
        where TMessage : struct
        where TTarget : struct => ref Unsafe.As<TMessage, TTarget>(ref Unsafe.AsRef(in message));

    private static string? Text(string raw)
    {
        string trimmed = raw.Trim().TrimEnd('@').Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private void AddPosition<TReport>(in TReport report, ushort altitude, ulong hash, in AisMetadata metadata)
        where TReport : IAisPositionReport
    {
        if (report.Latitude is not double latitude || report.Longitude is not double longitude)
        {
            return;
        }
        writer.Add(new PositionRecord(
            ReceiveTime(metadata), report.Mmsi, PositionRecord.ToRaw(latitude), PositionRecord.ToRaw(longitude),
            report.SpeedKnots is double speed ? (ushort)Math.Min(Math.Round(speed * 10), 1022) : PositionRecord.SpeedNotAvailable,
            report.CourseDegrees is double course ? (ushort)Math.Round(course * 10) : PositionRecord.CourseNotAvailable,
            report.HeadingDegrees is int heading ? (ushort)heading : PositionRecord.HeadingNotAvailable,
            PositionRecord.StatusNotDefined, (byte)report.MessageType, hash, writer.SourceId, writer.LabelId, 1, report.Accuracy,
            PositionRecord.RateOfTurnNotAvailable, altitude, writer.StationId(metadata.TagBlock.Source)));
    }

    private ulong PositionReportHash<TMessage>(in TMessage message)
        where TMessage : struct, IAisMessage<TMessage> =>
        decoder.DeliveredPayloadBits == PositionReportBits ? XxHash3.HashToUInt64(decoder.DeliveredPayload) : Hash(message);

    private ulong Hash<TMessage>(in TMessage message)
        where TMessage : struct, IAisMessage<TMessage>
    {
        bits.Reset();
        message.Encode(bits);
        return XxHash3.HashToUInt64(bits.Packed);
    }

    private long ReceiveTime(in AisMetadata metadata)
    {
        // The time the receiver stamped is the time of the position; the clock only stands in when there is none.
        if ((metadata.TagBlock.UnixTime ?? metadata.ReceiverTime) is long seconds)
        {
            return seconds * MicrosPerSecond;
        }
        return (writer.Clock.GetUtcNow().UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
    }
}
