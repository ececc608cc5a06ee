using Concert.Ais.Messages;
using Concert.Maritime.Picture;
using Concert.Maritime.Tests.Support;

namespace Concert.Maritime.Tests.Picture;

/// <summary>
/// The full merge changes a <see cref="VesselStateDraft"/> in place and makes one state of it: the draft reads the state
/// (or the slot's base and pending fix) exactly, and a message that changes nothing leaves it as it was.
/// </summary>
public sealed class VesselStateDraftTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly PictureOptions Options = new() { TimeProvider = new FixedClock(Start) };

    [Fact]
    public void A_draft_left_as_it_is_gives_an_equal_new_state()
    {
        VesselState state = NamedAndPositioned();

        VesselState copy = new VesselStateDraft(state).ToState();

        Assert.Equal(state, copy);
        Assert.NotSame(state, copy);
        Assert.Equal((state.Mmsi, state.Identity), (copy.Mmsi, copy.Identity));
    }

    [Fact]
    public void A_draft_of_base_and_fix_takes_the_fix_position_class_label_and_time_and_the_base_static_parts()
    {
        VesselState baseState = NamedAndPositioned();
        var fix = new PositionFix(
            true, 35.5, 139.75, 12.5, 90, 91, 0, null, true, 1, "RX1", Start.AddSeconds(30), TestLabels.JapanOnly,
            VesselClass.ClassA, TestLabels.JapanOnly, Start.AddSeconds(31));

        VesselState state = new VesselStateDraft(baseState, in fix).ToState();

        Assert.Equal(
            new VesselPosition(35.5, 139.75, 12.5, 90, 91, 0, null, true, new Provenance(1, "RX1", Start.AddSeconds(30), TestLabels.JapanOnly)),
            state.Position);
        Assert.Equal((VesselClass.ClassA, TestLabels.JapanOnly, Start.AddSeconds(31)), (state.Class, state.Label, state.LastReceivedAt));
        Assert.Same(baseState.Name, state.Name);
        Assert.Same(baseState.Voyage, state.Voyage);
    }

    [Fact]
    public void A_fix_without_a_position_keeps_the_base_position()
    {
        VesselState baseState = NamedAndPositioned();
        var fix = new PositionFix(
            false, 0, 0, null, null, null, null, null, false, 18, null, Start.AddSeconds(30), TestLabels.Shared,
            VesselClass.ClassB, TestLabels.Shared, Start.AddSeconds(30));

        VesselState state = new VesselStateDraft(baseState, in fix).ToState();

        Assert.Same(baseState.Position, state.Position);
        Assert.Equal(VesselClass.ClassB, state.Class);
    }

    [Fact]
    public void A_message_that_changes_nothing_gives_no_state_and_leaves_the_draft()
    {
        VesselState state = NamedAndPositioned();
        var draft = new VesselStateDraft(state);
        // Older than the held position, from a station already known as class A.
        PositionReportClassA older = ClassA(state.Mmsi, 1, 101);

        VesselState? merged = VesselStateMerger.Merge(
            ref draft, in older, new Provenance(1, null, Start.AddSeconds(-5), TestLabels.Shared), Options);

        Assert.Null(merged);
        Assert.Equal(state, draft.ToState());
    }

    [Fact]
    public void Static_data_over_a_pending_fix_keeps_the_fix_and_combines_the_labels()
    {
        var picture = new MaritimePicture(Options);
        PositionReportClassA first = ClassA(563_000_001, 1, 101);
        PositionReportClassA second = ClassA(563_000_001, 2, 102);
        picture.Apply(in first, null, TestLabels.Shared, Start);
        Assert.True(picture.ApplyPosition(in second, TestLabels.Shared, Start.AddSeconds(10)));
        StaticAndVoyageData voyage = Voyage(563_000_001);

        VesselState merged = picture.Apply(in voyage, "RX2", TestLabels.JapanOnly, Start.AddSeconds(20))!;

        Assert.Equal((2.0, 102.0, Start.AddSeconds(10)), (merged.Position!.Latitude, merged.Position.Longitude, merged.Position.Provenance.ReceivedAt));
        Assert.Equal(("EVER DIADEM", "RX2"), (merged.Name!.Name, merged.Name.Provenance.Source));
        Assert.Equal(Start.AddSeconds(20), merged.LastReceivedAt);
        // The shared position and the Japanese static data: released only where both are.
        Assert.Equal(Concert.Sharing.Classification.Restricted, merged.Label.Classification);
        Assert.Equal(["JPN"], merged.Label.ReleasableToNations.ToArray().Select(nation => nation.Code));
        Assert.Same(merged, picture.Find(563_000_001));
    }

    private static VesselState NamedAndPositioned()
    {
        var picture = new MaritimePicture(Options);
        PositionReportClassA report = ClassA(563_000_001, 1, 101);
        StaticAndVoyageData voyage = Voyage(563_000_001);
        picture.Apply(in report, null, TestLabels.Shared, Start);
        return picture.Apply(in voyage, null, TestLabels.Shared, Start.AddSeconds(1))!;
    }

    private static PositionReportClassA ClassA(uint mmsi, double latitude, double longitude) => new(
        1, 0, mmsi, 0, -128, 100, false, (int)(longitude * 600_000), (int)(latitude * 600_000), 900, 90, 30, 0, 0, false, 0);

    private static StaticAndVoyageData Voyage(uint mmsi) => new(
        5, 0, mmsi, 0, 9_134_270, "3FOF8", "EVER DIADEM", 70, new ShipDimensions(225, 70, 1, 31), 1, 5, 12, 2, 0, 122,
        "NEW YORK", false, false);
}
