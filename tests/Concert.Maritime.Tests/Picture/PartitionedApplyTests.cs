using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;
using Concert.Maritime.Tests.Support;

namespace Concert.Maritime.Tests.Picture;

/// <summary>
/// A committed batch applied by several partitions at once (split by MMSI) gives the picture one writer gives, and a
/// reader never sees half a position while the partitions write.
/// </summary>
public sealed class PartitionedApplyTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly GeoBox World = new(-90, -180, 90, 180);

    // A fixed clock: labels combined by the merge carry the time they were made.
    private static readonly PictureOptions Options = new() { TimeProvider = new FixedClock(Start) };
    private readonly TestArchive _test = new();
    private readonly IngestPipeline _pipeline;
    private readonly ushort _shared;
    private readonly ushort _japanOnly;

    public PartitionedApplyTests()
    {
        _pipeline = new IngestPipeline(_test.Archive);
        _shared = _pipeline.RegisterLabel(TestLabels.Shared);
        _japanOnly = _pipeline.RegisterLabel(TestLabels.JapanOnly);
    }

    public void Dispose() => _test.Dispose();

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 4)]
    [InlineData(4, 2)]
    public void Partitions_give_the_picture_one_writer_gives(int seed, int partitions)
    {
        // New stations mid-batch, repeated reports of a vessel in one batch, out-of-order times, reports without a
        // position, every position type (an aid's takes the full merge), invalid MMSIs, and static data under the other
        // label, so that some vessels' positions must be merged fully and the ones after them wait for it. Receiving
        // stations vary by report, and one is first registered half way, after the partitions have met the others.
        var sequential = new MaritimePicture(Options);
        var partitioned = new MaritimePicture(Options);
        CommittedPictureFeed one = CommittedPictureFeed.Follow(sequential, _pipeline, 1, 1);
        CommittedPictureFeed several = CommittedPictureFeed.Follow(partitioned, _pipeline, partitions, 1);
        var random = new Random(seed);
        uint[] fleet = [.. Enumerable.Range(0, 400).Select(i => (uint)(i % 50 == 7 ? 200_000_000 + i : 563_000_000 + i))];
        byte[] types = [1, 2, 3, 18, 19, 9, 27, 21, 0];
        List<ushort> stations = [PositionRecord.NoStation, _test.Archive.RegisterStation("north"), _test.Archive.RegisterStation("south")];
        for (int step = 0; step < 60; step++)
        {
            if (step == 30)
            {
                stations.Add(_test.Archive.RegisterStation("harbour"));
            }
            int known = Math.Min(fleet.Length, 40 + step * 8);
            var positions = new PositionRecord[random.Next(1, 1500)];
            for (int i = 0; i < positions.Length; i++)
            {
                uint mmsi = fleet[random.Next(known)];
                DateTimeOffset at = Start.AddSeconds(step * 60 + random.Next(-90, 60));
                bool positioned = random.Next(10) != 0;
                positions[i] = new PositionRecord(
                    Batches.Micros(at), mmsi,
                    positioned ? random.Next(-54_000_000, 54_000_000) : 91 * 600_000,
                    positioned ? random.Next(-108_000_000, 108_000_000) : 181 * 600_000,
                    (ushort)random.Next(1024), (ushort)random.Next(3601), (ushort)random.Next(512), (byte)random.Next(16),
                    types[random.Next(types.Length)], (ulong)random.NextInt64(), 1, random.Next(8) == 0 ? _japanOnly : _shared, 1,
                    StationId: stations[random.Next(stations.Count)]);
            }
            VesselStaticRecord[] statics = [.. Enumerable.Range(0, random.Next(4)).Select(_ => new VesselStaticRecord(
                Batches.Micros(Start.AddSeconds(step * 60)), fleet[random.Next(known)], 24, "SHIP " + random.Next(100), null, null,
                null, null, null, null, null, null, null, null, null, (ulong)random.NextInt64(), 1, random.Next(3) == 0 ? _japanOnly : _shared))];
            var batch = new IngestBatch(positions, positions.Length, statics, [], new Dictionary<ushort, long>());

            one.Apply(batch);
            several.Apply(batch);

            Assert.Equal(sequential.ChangeSequence, partitioned.ChangeSequence);
            Assert.Equal(sequential.Count, partitioned.Count);
            Assert.Equal(sequential.Snapshot().OrderBy(state => state.Mmsi), partitioned.Snapshot().OrderBy(state => state.Mmsi));
            DateTimeOffset now = Start.AddSeconds(step * 60);
            using ViewportSightings expected = sequential.Query(World, now, TestLabels.Everyone, includeLost: true);
            using ViewportSightings actual = partitioned.Query(World, now, TestLabels.Everyone, includeLost: true);
            Assert.Equal(expected.Select(sighting => sighting.State), actual.Select(sighting => sighting.State));
        }
        Assert.True(sequential.Count > 300);
        Assert.Contains(partitioned.Snapshot(), state => state.Position?.Provenance.Source == "harbour");
    }

    [Fact]
    public async Task Readers_never_see_half_a_position_while_partitions_write()
    {
        // Each report's latitude, longitude, speed and time are made from its batch's number: a torn read would mix two.
        const int Vessels = 64;
        const int Rounds = 1500;
        var picture = new MaritimePicture(Options);
        CommittedPictureFeed feed = CommittedPictureFeed.Follow(picture, _pipeline, 2, 1);
        feed.Apply(Round(0));
        var writer = Task.Run(() =>
        {
            for (int round = 1; round <= Rounds; round++)
            {
                feed.Apply(Round(round));
            }
        });
        int reads = 0;
        while (!writer.IsCompleted || reads == 0)
        {
            using (ViewportSightings all = picture.Query(World, Start.AddSeconds(Rounds), TestLabels.Everyone, includeLost: true))
            {
                Assert.Equal(Vessels, all.Count);
            }
            foreach (VesselState state in picture.Snapshot())
            {
                VesselPosition position = state.Position!;
                int round = (int)(position.Provenance.ReceivedAt - Start).TotalSeconds;
                Assert.Equal(((round % 80) + 0.5, (round % 170) + 0.5, (round % 1000) / 10.0, position.Provenance.ReceivedAt),
                    (position.Latitude, position.Longitude, position.SpeedKnots, state.LastReceivedAt));
            }
            reads++;
        }
        await writer;
        Assert.All(picture.Snapshot(), state => Assert.Equal(Start.AddSeconds(Rounds), state.LastReceivedAt));

        IngestBatch Round(int round)
        {
            var positions = new PositionRecord[Vessels];
            for (int i = 0; i < Vessels; i++)
            {
                positions[i] = new PositionRecord(
                    Batches.Micros(Start.AddSeconds(round)), (uint)(563_000_000 + i), PositionRecord.ToRaw((round % 80) + 0.5),
                    PositionRecord.ToRaw((round % 170) + 0.5), (ushort)(round % 1000), 900, 90, 0, 1, (ulong)round, 1, _shared, 1);
            }
            return new IngestBatch(positions, positions.Length, [], [], new Dictionary<ushort, long>());
        }
    }
}
