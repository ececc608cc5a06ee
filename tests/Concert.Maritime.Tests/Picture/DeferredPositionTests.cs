using Concert.Ais.Messages;
using Concert.Maritime.Picture;
using Concert.Maritime.Tests.Support;
using Concert.Sharing;

namespace Concert.Maritime.Tests.Picture;

/// <summary>
/// Position reports the committed feed merges without making a state (<see cref="MaritimePicture.ApplyPosition"/>) give
/// the very states the full merge gives, and a reader never sees half of one.
/// </summary>
public sealed class DeferredPositionTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly PictureOptions Options = new() { TimeProvider = new FixedClock(Start) };
    private static readonly uint[] Fleet = [563_000_001, 563_000_002, 563_000_003, 351_759_000];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Deferred_positions_give_the_states_the_full_merge_gives(int seed)
    {
        // Out-of-order times, reports without a position, class changes, two labels and static data in between.
        var merged = new MaritimePicture(Options);
        var deferred = new MaritimePicture(Options);
        var random = new Random(seed);
        for (int step = 0; step < 3000; step++)
        {
            uint mmsi = Fleet[random.Next(Fleet.Length)];
            ConfidentialityLabel label = random.Next(5) == 0 ? TestLabels.JapanOnly : TestLabels.Shared;
            DateTimeOffset at = Start.AddSeconds(step - random.Next(60));
            bool positioned = random.Next(8) != 0;
            int longitude = positioned ? random.Next(-108_000_000, 108_000_000) : 181 * 600_000;
            int latitude = positioned ? random.Next(-54_000_000, 54_000_000) : 91 * 600_000;
            switch (random.Next(6))
            {
                case 0:
                    var classA = new PositionReportClassA(
                        1 + random.Next(3), 0, mmsi, random.Next(16), -128, random.Next(1024), false, longitude, latitude,
                        random.Next(3601), random.Next(361), 60, 0, 0, false, 0);
                    Both(merged, deferred, in classA, label, at);
                    break;
                case 1:
                    var classB = new PositionReportClassB(
                        18, 0, mmsi, 0, random.Next(1024), false, longitude, latitude, random.Next(3601), random.Next(361),
                        60, 0, false, false, false, false, false, false, false, 0);
                    Both(merged, deferred, in classB, label, at);
                    break;
                case 2:
                    var aircraft = new SarAircraftPositionReport(
                        9, 0, mmsi, random.Next(2) == 0 ? 4095 : random.Next(4095), random.Next(1024), false, longitude, latitude,
                        random.Next(3601), 60, 0, false, 0, false, false, 0);
                    Both(merged, deferred, in aircraft, label, at);
                    break;
                case 3:
                    var longRange = new LongRangePositionReport(
                        27, 0, mmsi, false, false, random.Next(16), longitude / 1000, latitude / 1000, random.Next(64),
                        random.Next(512), false, false, false);
                    Both(merged, deferred, in longRange, label, at);
                    break;
                case 4:
                    var partA = new StaticDataReportPartA(24, 0, mmsi, "SHIP " + random.Next(100), 0, 0);
                    merged.Apply(in partA, null, label, at);
                    deferred.Apply(in partA, null, label, at);
                    break;
                default:
                    var voyage = new StaticAndVoyageData(
                        5, 0, mmsi, 0, 9_134_270, "3FOF8", "EVER DIADEM", 70, new ShipDimensions(225, 70, 1, 31), 1, 5, 12, 2, 0,
                        122, "NEW YORK", false, false);
                    merged.Apply(in voyage, null, label, at);
                    deferred.Apply(in voyage, null, label, at);
                    break;
            }
            Assert.Equal(merged.Find(mmsi), deferred.Find(mmsi));
            Assert.Equal(merged.ChangeSequence, deferred.ChangeSequence);
        }
        Assert.Equal(merged.Snapshot().OrderBy(state => state.Mmsi), deferred.Snapshot().OrderBy(state => state.Mmsi));
    }

    [Fact]
    public void A_state_once_read_stays_as_it_was_and_is_shared_until_the_vessel_changes()
    {
        var picture = new MaritimePicture(Options);
        Position(picture, 563_000_001, 1, 101, Start);
        Position(picture, 563_000_001, 2, 102, Start.AddSeconds(10));

        VesselState first = picture.Find(563_000_001)!;
        Assert.Same(first, picture.Find(563_000_001));
        Position(picture, 563_000_001, 3, 103, Start.AddSeconds(20));
        VesselState second = picture.Find(563_000_001)!;

        Assert.Equal((2.0, 102.0, Start.AddSeconds(10)), (first.Position!.Latitude, first.Position.Longitude, first.LastReceivedAt));
        Assert.Equal((3.0, 103.0, Start.AddSeconds(20)), (second.Position!.Latitude, second.Position.Longitude, second.LastReceivedAt));
    }

    [Fact]
    public void An_older_or_unpositioned_report_changes_nothing_but_the_class()
    {
        var picture = new MaritimePicture(Options);
        Position(picture, 563_000_001, 1, 101, Start.AddSeconds(10));
        long changes = picture.ChangeSequence;

        Position(picture, 563_000_001, 5, 105, Start);
        Assert.Equal(changes, picture.ChangeSequence);

        var classB = new PositionReportClassB(18, 0, 563_000_001, 0, 1023, false, 181 * 600_000, 91 * 600_000, 3600, 511, 60, 0,
            false, false, false, false, false, false, false, 0);
        Assert.True(picture.ApplyPosition(in classB, TestLabels.Shared, Start.AddSeconds(20)));
        VesselState state = picture.Find(563_000_001)!;
        Assert.Equal((VesselClass.ClassB, 1.0, Start.AddSeconds(10), Start.AddSeconds(20)),
            (state.Class, state.Position!.Latitude, state.Position.Provenance.ReceivedAt, state.LastReceivedAt));
        Assert.False(picture.ApplyPosition(in classB, TestLabels.Shared, Start.AddSeconds(30)));
    }

    [Fact]
    public async Task Readers_never_see_half_a_position()
    {
        // Each report's latitude, longitude, speed and time are made from one number: a torn read would mix two.
        const int Reports = 200_000;
        var picture = new MaritimePicture(Options);
        Position(picture, 563_000_001, 0, 0, Start);
        var writer = Task.Run(() =>
        {
            for (int i = 1; i <= Reports; i++)
            {
                Position(picture, 563_000_001, (i % 80) + 0.5, (i % 170) + 0.5, Start.AddSeconds(i), speedTenths: i % 1000);
            }
        });
        int reads = 0;
        double lastSeconds = 0;
        while (!writer.IsCompleted || reads == 0)
        {
            foreach (VesselState state in (ReadOnlySpan<VesselState>)[picture.Find(563_000_001)!, .. picture.Snapshot()])
            {
                VesselPosition position = state.Position!;
                int i = (int)(position.Provenance.ReceivedAt - Start).TotalSeconds;
                Assert.True(i >= lastSeconds);
                lastSeconds = i;
                if (i > 0)
                {
                    Assert.Equal(((i % 80) + 0.5, (i % 170) + 0.5, (i % 1000) / 10.0, position.Provenance.ReceivedAt),
                        (position.Latitude, position.Longitude, position.SpeedKnots, state.LastReceivedAt));
                }
            }
            reads++;
        }
        await writer;
        Assert.Equal(Start.AddSeconds(Reports), picture.Find(563_000_001)!.LastReceivedAt);
    }

    private static void Both<TReport>(
        MaritimePicture merged, MaritimePicture deferred, in TReport report, ConfidentialityLabel label, DateTimeOffset at)
        where TReport : struct, IAisMessage<TReport>, IAisPositionReport
    {
        bool changed = merged.Apply(in report, null, label, at) is not null;
        Assert.Equal(changed, deferred.ApplyPosition(in report, label, at));
    }

    private static void Position(MaritimePicture picture, uint mmsi, double latitude, double longitude, DateTimeOffset at, int speedTenths = 100)
    {
        var report = new PositionReportClassA(1, 0, mmsi, 0, 0, speedTenths, false, (int)Math.Round(longitude * 600_000),
            (int)Math.Round(latitude * 600_000), 900, 90, at.Second, 0, 0, false, 0);
        picture.ApplyPosition(in report, TestLabels.Shared, at);
    }
}
