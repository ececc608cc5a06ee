using System.Text;

namespace Concert.Benchmarks;

/// <summary>
/// The lines of the real AIS logs embedded in this assembly (gpsd's regression sample, pyais's and libais's test logs),
/// comment and blank lines dropped, as UTF-8 without terminators.
/// </summary>
internal static class RealLines
{
    private static readonly string[] Logs = ["gpsd/sample.aivdm", "pyais/inline_from_tests.nmea", "libais/typeexamples.nmea"];

    public static byte[][] Load()
    {
        var lines = new List<byte[]>();
        foreach (string log in Logs)
        {
            using Stream stream = typeof(RealLines).Assembly.GetManifestResourceStream(log)
                ?? throw new InvalidOperationException($"The log {log} is not embedded in the benchmarks.");
            using var reader = new StreamReader(stream, Encoding.ASCII);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length > 0 && line[0] != '#')
                {
                    lines.Add(Encoding.ASCII.GetBytes(line));
                }
            }
        }
        return [.. lines];
    }
}
