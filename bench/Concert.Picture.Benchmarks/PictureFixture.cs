using Concert.Ais.Messages;
using Concert.Maritime.Picture;
using Concert.Sharing;

namespace Concert.Picture.Benchmarks;

/// <summary>
/// A picture of 200,000 vessels: 20,000 in the South China Sea viewport, the rest spread over the oceans, all under
/// one of two feed labels (so the release check in the query is real work).
/// </summary>
public static class PictureFixture
{
    public const int InViewport = 20_000;
    public const int Total = 200_000;

    public static readonly DateTimeOffset At = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public static readonly GeoBox SouthChinaSea = new(0, 100, 25, 125);

    public static readonly ConfidentialityLabel SharedFeed = new(
        "CONCERT", Classification.Unclassified, At, NationSet.Of(Trigraph.Parse("JPN"), Trigraph.Parse("SGP")),
        [BuiltInCommunities.Asean]);

    public static readonly ConfidentialityLabel NationalFeed = new(
        "CONCERT", Classification.Restricted, At, NationSet.Of(Trigraph.Parse("SGP")));

    public static readonly ReleaseDecider Decider = new(CommunityRegistry.Default, ["CONCERT"]);

    public static readonly SharingSubject Viewer = new(Trigraph.Parse("SGP"), Classification.Secret);

    public static MaritimePicture Build()
    {
        var picture = new MaritimePicture();
        var random = new Random(42);
        for (int i = 0; i < Total; i++)
        {
            bool inside = i < InViewport;
            double latitude = inside ? random.NextDouble() * 25 : random.NextDouble() * 140 - 70;
            double longitude = inside ? 100 + random.NextDouble() * 25 : random.NextDouble() * 360 - 180;
            if (!inside && SouthChinaSea.Contains(latitude, longitude))
            {
                longitude -= 60;
            }
            PositionReportClassA report = Report((uint)(201_000_000 + i), latitude, longitude);
            picture.Apply(in report, "BENCH", i % 10 == 0 ? NationalFeed : SharedFeed, At.AddSeconds(-random.Next(3600)));
        }
        return picture;
    }

    public static PositionReportClassA Report(uint mmsi, double latitude, double longitude) => new(
        1, 0, mmsi, 0, 0, 120, true, (int)(longitude * 600_000), (int)(latitude * 600_000), 900, 90, 0, 0, 0, false, 0);
}
