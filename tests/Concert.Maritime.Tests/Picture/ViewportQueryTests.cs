using Concert.Ais.Messages;
using Concert.Maritime.Picture;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;

namespace Concert.Maritime.Tests.Picture;

public sealed class ViewportQueryTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Property(MaxTest = 200)]
    public bool A_query_returns_exactly_what_a_brute_force_scan_finds(
        (int Latitude, int Longitude)[] points, (int Latitude, int Longitude)[] moves, int south, int west, int north, int east,
        bool coarse)
    {
        // Thousandths of a degree, folded into range; every fourth point moves once, so the index must follow.
        var picture = new MaritimePicture(PictureOptions.Default with { CellDegrees = coarse ? 5 : 0.5 });
        var expected = new Dictionary<uint, (double Latitude, double Longitude)>();
        for (int i = 0; i < points.Length; i++)
        {
            uint mmsi = 431_000_000 + (uint)i;
            (double latitude, double longitude) = Fold(points[i]);
            Report(picture, mmsi, latitude, longitude, Start);
            expected[mmsi] = (latitude, longitude);
        }
        for (int i = 0; i < moves.Length && 4 * i < points.Length; i++)
        {
            uint mmsi = 431_000_000 + (uint)(4 * i);
            (double latitude, double longitude) = Fold(moves[i]);
            Report(picture, mmsi, latitude, longitude, Start.AddSeconds(10));
            expected[mmsi] = (latitude, longitude);
        }
        double s = Fold(south, 90), n = Fold(north, 90);
        var box = new GeoBox(Math.Min(s, n), Fold(west, 180), Math.Max(s, n), Fold(east, 180));

        uint[] found = [.. picture.Query(box, Start.AddMinutes(1), TestLabels.Everyone).Select(sighting => sighting.State.Mmsi)];

        uint[] bruteForce = [.. expected.Where(vessel => box.Contains(vessel.Value.Latitude, vessel.Value.Longitude))
            .Select(vessel => vessel.Key).Order()];
        return found.SequenceEqual(bruteForce);
    }

    [Fact]
    public void A_box_across_the_antimeridian_finds_vessels_on_both_sides()
    {
        var picture = new MaritimePicture();
        Report(picture, 512000001, -20, 179.5, Start);   // east of the antimeridian's west side (Fiji waters)
        Report(picture, 512000002, -20, -179.5, Start);  // just across it
        Report(picture, 512000003, -20, 0, Start);       // far away, inside the longitudes a non-crossing box would span
        Report(picture, 512000004, -30, 179.9, Start);   // right longitude, wrong latitude

        IReadOnlyList<VesselSighting> found = picture.Query(new GeoBox(-25, 175, -15, -175), Start, TestLabels.Everyone);

        Assert.Equal([512000001u, 512000002u], found.Select(sighting => sighting.State.Mmsi));
    }

    [Fact]
    public void Longitude_180_is_kept_as_minus_180()
    {
        var picture = new MaritimePicture();
        Report(picture, 512000005, 10, 180, Start);

        Assert.Equal(-180, picture.Find(512000005)!.Position!.Longitude);
        Assert.Single(picture.Query(new GeoBox(9, 179, 11, -179), Start, TestLabels.Everyone));
    }

    [Fact]
    public void Vessels_without_a_position_are_never_in_a_viewport()
    {
        var picture = new MaritimePicture();
        var partA = new StaticDataReportPartA(24, 0, 563000002, "HARBOUR TENDER", 0, 8);
        picture.Apply(in partA, null, TestLabels.Shared, Start);

        Assert.Empty(picture.Query(GeoBox.World, Start, TestLabels.Everyone));
        Assert.Equal(1, picture.Count);
    }

    [Theory]
    [InlineData(-91, 0, 0, 0)]
    [InlineData(0, -181, 0, 0)]
    [InlineData(10, 0, 5, 0)]
    [InlineData(0, 0, 0, 180.5)]
    public void Boxes_out_of_range_are_refused(double south, double west, double north, double east) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeoBox(south, west, north, east));

    [Fact]
    public void Cells_must_divide_the_globe() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new MaritimePicture(PictureOptions.Default with { CellDegrees = 0.7 }));

    [Fact]
    public void Release_is_decided_inside_the_query()
    {
        var clock = new FakeTimeProvider(Start);
        var picture = new MaritimePicture(PictureOptions.Default with { TimeProvider = clock });
        Report(picture, 431000001, 35, 139.8, Start, TestLabels.Shared);
        Report(picture, 431000002, 35.1, 139.7, Start, TestLabels.JapanOnly);
        var tokyoBay = new GeoBox(34.5, 139, 36, 140.5);

        IReadOnlyList<VesselSighting> japanese = picture.Query(
            tokyoBay, Start, ReleaseFilter.For(TestLabels.Decider, TestLabels.JapaneseOfficer, Start));
        IReadOnlyList<VesselSighting> australian = picture.Query(
            tokyoBay, Start, ReleaseFilter.For(TestLabels.Decider, TestLabels.AustralianOfficer, Start));

        Assert.Equal([431000001u, 431000002u], japanese.Select(sighting => sighting.State.Mmsi));
        Assert.Equal([431000001u], australian.Select(sighting => sighting.State.Mmsi));
    }

    private static (double Latitude, double Longitude) Fold((int Latitude, int Longitude) point) =>
        (Fold(point.Latitude, 90), Fold(point.Longitude, 180) is 180 ? -180 : Fold(point.Longitude, 180));

    // Maps any integer to thousandths of a degree in [−limit, limit].
    private static double Fold(int value, int limit) => (int)((long)value * 7919 % (limit * 1000 + 1)) / 1000.0;

    internal static void Report(
        MaritimePicture picture, uint mmsi, double latitude, double longitude, DateTimeOffset at,
        Concert.Sharing.ConfidentialityLabel? label = null)
    {
        var report = new PositionReportClassA(1, 0, mmsi, 0, 0, 100, false, (int)Math.Round(longitude * 600_000),
            (int)Math.Round(latitude * 600_000), 900, 90, at.Second, 0, 0, false, 0);
        picture.Apply(in report, null, label ?? TestLabels.Shared, at);
    }
}
