using System.Globalization;
using System.Text;
using Concert.Ais;
using Concert.Ais.Messages;

namespace Concert.Decoding;

/// <summary>
/// Writes one CSV row per position report (types 1–3, 4, 9, 11, 18, 19, 21, 27): time, mmsi, type, lat, lon, sog, cog,
/// heading, accuracy. Other messages are skipped. Empty cells mean "not available".
/// </summary>
/// <remarks>
/// The time is the tag block's <c>c:</c> time, else the receiver's timestamp after the checksum, in ISO 8601 UTC; AIS
/// position reports carry only the second of the minute, so a log without either has no time.
/// </remarks>
internal sealed class CsvOutput : IDecodeOutput, IDisposable
{
    /// <summary>The header row.</summary>
    public const string Header = "time,mmsi,type,lat,lon,sog,cog,heading,accuracy";

    private readonly StreamWriter _writer;

    public CsvOutput(Stream output)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        _writer.WriteLine(Header);
    }

    public void OnMessage<TMessage>(in TMessage message, in AisMetadata metadata)
        where TMessage : struct, IAisMessage<TMessage>
    {
        if (message is not IAisPositionReport report)
        {
            return;
        }
        long? time = metadata.TagBlock.UnixTime ?? metadata.ReceiverTime;
        if (time is long seconds)
        {
            _writer.Write(DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        }
        _writer.Write(',');
        _writer.Write(report.Mmsi.ToString(CultureInfo.InvariantCulture));
        _writer.Write(',');
        _writer.Write(report.MessageType.ToString(CultureInfo.InvariantCulture));
        WriteCell(report.Latitude, "0.######");
        WriteCell(report.Longitude, "0.######");
        WriteCell(report.SpeedKnots, "0.0");
        WriteCell(report.CourseDegrees, "0.0");
        WriteCell(report.HeadingDegrees, "0");
        _writer.Write(report.Accuracy ? ",true\n" : ",false\n");
    }

    public void Complete() => _writer.Flush();

    public void Dispose() => _writer.Dispose();

    private void WriteCell(double? value, string format)
    {
        _writer.Write(',');
        if (value is double v)
        {
            _writer.Write(v.ToString(format, CultureInfo.InvariantCulture));
        }
    }
}
