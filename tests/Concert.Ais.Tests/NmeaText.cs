using System.Text;
using Concert.Ais.Nmea;

namespace Concert.Ais.Tests;

/// <summary>Builds real-looking NMEA lines with correct checksums for tests.</summary>
internal static class NmeaText
{
    /// <summary>"!" + body + "*hh" with the checksum of body.</summary>
    public static string Sentence(string body) => $"!{body}*{Checksum(body)}";

    /// <summary>"\" + content + "*hh\" with the checksum of content.</summary>
    public static string TagBlock(string content) => $"\\{content}*{Checksum(content)}\\";

    public static string Checksum(string covered) => NmeaChecksum.Compute(Encoding.ASCII.GetBytes(covered)).ToString("X2");

    public static byte[] Bytes(string line) => Encoding.ASCII.GetBytes(line);

    public static string TestData(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);
}
