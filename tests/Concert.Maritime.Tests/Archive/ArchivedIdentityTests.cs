using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Tests.Support;
using Concert.Sharing;
using static Concert.Maritime.Tests.Support.Batches;

namespace Concert.Maritime.Tests.Archive;

public sealed class ArchivedIdentityTests : IDisposable
{
    private readonly TestArchive _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public void Each_field_comes_from_the_newest_report_the_viewer_may_see_before_the_time()
    {
        ushort open = _test.Archive.RegisterLabel(TestArchive.Label(Classification.Unclassified, "GBR"));
        ushort secret = _test.Archive.RegisterLabel(TestArchive.Label(Classification.Secret, "GBR"));
        DateTimeOffset at = Day.AddHours(12);
        _test.Archive.Commit(new IngestBatch([], 0,
        [
            Static(1, at.AddHours(-3), 5, "OLD NAME", "CALL1", 9_000_001, 70, open),
            Static(1, at.AddHours(-1), 5, "SECRET NAME", "CALL2", 9_000_002, 80, secret),
            Static(1, at.AddHours(1), 5, "LATER NAME", "CALL3", 9_000_003, 30, open),
            // A class B vessel: the name from part A, the type and call sign from part B, under different labels.
            Static(2, at.AddHours(-2), 24, "SMALL BOAT", null, null, null, open),
            Static(2, at.AddMinutes(-30), 24, null, "CALLB", null, 37, secret),
            Static(3, at.AddDays(-2), 5, "TOO OLD", null, null, 60, open),
        ], [], new Dictionary<ushort, long>()));
        using ArchiveQueries queries = _test.Archive.OpenQueries();

        IReadOnlyDictionary<uint, ArchivedIdentity> openOnly = queries.IdentitiesAt([1, 2, 3, 4], at, ReleasableLabels.Of([open]));
        IReadOnlyDictionary<uint, ArchivedIdentity> both = queries.IdentitiesAt([1, 2, 3, 4], at, ReleasableLabels.Of([open, secret]));

        Assert.Equal([1u, 2u], openOnly.Keys.Order());
        Assert.Equal(("OLD NAME", "CALL1", 9_000_001u, (byte)70), Fields(openOnly[1]));
        Assert.Equal([open], openOnly[1].LabelIds);
        Assert.Equal(("SMALL BOAT", null, null, null), Fields(openOnly[2]));
        Assert.Equal(("SECRET NAME", "CALL2", 9_000_002u, (byte)80), Fields(both[1]));
        Assert.Equal([secret], both[1].LabelIds);
        Assert.Equal(("SMALL BOAT", "CALLB", null, (byte)37), Fields(both[2]));
        Assert.Equal([open, secret], both[2].LabelIds);
        Assert.Empty(queries.IdentitiesAt([], at, ReleasableLabels.Of([open])));
    }

    private static (string?, string?, uint?, byte?) Fields(ArchivedIdentity identity) =>
        (identity.Name, identity.CallSign, identity.Imo, identity.ShipType);

    private static VesselStaticRecord Static(
        uint mmsi, DateTimeOffset time, byte type, string? name, string? callSign, uint? imo, byte? shipType, ushort label) =>
        new(Micros(time), mmsi, type, name, callSign, imo, shipType, null, null, null, null, null, null, null, null,
            (ulong)HashCode.Combine(mmsi, time, name, callSign), 1, label);
}
