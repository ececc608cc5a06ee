using Concert.Maritime.Picture;

namespace Concert.Maritime.Tests.Picture;

/// <summary>Viewport queries read while the writer keeps moving vessels between grid cells.</summary>
public sealed class ConcurrentViewportTests
{
    private const int Vessels = 2000;
    private const int Moves = 50_000;
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly GeoBox Area = new(0, 100, 10, 110);

    [Fact]
    public async Task No_vessel_is_missed_or_repeated_while_vessels_move_between_cells()
    {
        // One-degree cells, so almost every move changes cell; every vessel stays inside the area all the time.
        var picture = new MaritimePicture();
        var random = new Random(4);
        for (int i = 0; i < Vessels; i++)
        {
            ViewportQueryTests.Report(picture, Mmsi(i), random.NextDouble() * 10, 100 + random.NextDouble() * 10, Start);
        }
        int moved = 0;
        var writer = Task.Run(() =>
        {
            var moves = new Random(5);
            for (; moved < Moves; moved++)
            {
                ViewportQueryTests.Report(
                    picture, Mmsi(moves.Next(Vessels)), moves.NextDouble() * 10, 100 + moves.NextDouble() * 10, Start.AddSeconds(1 + moved));
            }
        });

        int queries = 0;
        while (!writer.IsCompleted || queries == 0)
        {
            using ViewportSightings found = picture.Query(Area, Start.AddMinutes(1), TestLabels.Everyone);
            Assert.Equal(Vessels, found.Count);
            Assert.Equal(Vessels, found.Select(sighting => sighting.State.Mmsi).Distinct().Count());
            queries++;
        }
        await writer;
        Assert.Equal(Moves, moved);
    }

    [Fact]
    public void A_disposed_answer_cannot_be_read()
    {
        var picture = new MaritimePicture();
        ViewportQueryTests.Report(picture, Mmsi(0), 5, 105, Start);
        ViewportSightings found = picture.Query(Area, Start, TestLabels.Everyone);
        Assert.Equal(Mmsi(0), found[0].State.Mmsi);

        found.Dispose();

        Assert.Throws<ObjectDisposedException>(() => found[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => picture.Query(Area, Start, TestLabels.Everyone)[1]);
    }

    private static uint Mmsi(int index) => 563_000_000 + (uint)index;
}
