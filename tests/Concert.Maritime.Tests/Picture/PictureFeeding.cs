using System.Text;
using Concert.Ais.Reading;
using Concert.Maritime.Picture;
using Concert.Sharing;

namespace Concert.Maritime.Tests.Picture;

/// <summary>Feeds NMEA lines through the real decoder into a picture, as ingest does.</summary>
internal static class PictureFeeding
{
    public static AisStatistics Feed(MaritimePicture picture, IEnumerable<string> lines, ConfidentialityLabel label)
    {
        var decoder = new AisLineDecoder();
        PictureFeedHandler handler = picture.HandlerFor(label);
        foreach (string line in lines)
        {
            decoder.Decode(Encoding.ASCII.GetBytes(line), ref handler);
        }
        decoder.Flush();
        return decoder.Statistics;
    }

    public static string[] GpsdSample() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "gpsd", "sample.aivdm"));
}
