using Concert.Ais.Messages;
using Concert.Maritime.Exercise;

namespace Concert.Maritime.Tests.Exercise;

/// <summary>The scripted events are in the decoded traffic, where and when their ground truth says.</summary>
public sealed class ScriptedEventTests
{
    private static readonly ExerciseOptions EventsOnly = ExerciseOptions.Default with { Vessels = 0 };
    private static readonly ExerciseScenario Scenario = new(EventsOnly);
    private static readonly DecodedTraffic Traffic =
        DecodedTraffic.Decode(Scenario.StartTraffic().Advance(EventsOnly.Start.AddHours(16)));

    [Fact]
    public void Every_kind_of_event_has_its_ground_truth()
    {
        Assert.Equal(Enum.GetValues<ExerciseEventKind>(), Scenario.GroundTruth.Select(truth => truth.Kind));
        Assert.All(Scenario.GroundTruth, truth => Assert.True(truth.End > truth.Start));
        Assert.Equal(0, Traffic.Statistics.RejectedLines);
    }

    [Fact]
    public void The_ship_to_ship_transfer_has_two_tankers_alongside_and_stopped()
    {
        GroundTruthEvent truth = Truth(ExerciseEventKind.ShipToShipTransfer);
        Assert.Equal("PRK", Concert.Maritime.Picture.MaritimeIdentity.Of(truth.Mmsis[0]).Flag?.Country.Code);
        var first = Positions(truth.Mmsis[0]).Where(report => report.At >= truth.Start && report.At < truth.End).ToList();
        var second = Positions(truth.Mmsis[1]).Where(report => report.At >= truth.Start && report.At < truth.End).ToList();

        Assert.True(first.Count > 20 && second.Count > 20);
        Assert.All(first.Concat(second), report =>
        {
            Assert.True(report.Position.DistanceTo(truth.Location) < 0.1, $"{report.Position} is off the meeting point");
            Assert.True(report.Report.SpeedKnots < 0.5);
        });
        Assert.All(Static(truth.Mmsis[0]), data => Assert.Equal(80, data.ShipType));
    }

    [Fact]
    public void The_dark_ship_is_silent_for_over_twelve_hours_and_reappears()
    {
        GroundTruthEvent truth = Truth(ExerciseEventKind.GoingDark);
        DateTimeOffset[] times = [.. Positions(truth.Mmsis[0]).Select(report => report.At)];

        Assert.DoesNotContain(times, at => at >= truth.Start && at < truth.End);
        Assert.Contains(times, at => at < truth.Start);
        Assert.Contains(times, at => at >= truth.End);
        TimeSpan longestGap = times.Zip(times.Skip(1), (earlier, later) => later - earlier).Max();
        Assert.True(longestGap >= TimeSpan.FromHours(12), $"longest gap {longestGap}");
        Assert.True(Positions(truth.Mmsis[0]).Last(report => report.At < truth.Start).Position.DistanceTo(truth.Location) < 5);
    }

    [Fact]
    public void The_spoofed_identity_is_reported_from_two_places_at_once()
    {
        GroundTruthEvent truth = Truth(ExerciseEventKind.IdentitySpoofing);
        var reports = Positions(truth.Mmsis[0]).Where(report => report.At >= truth.Start && report.At < truth.End).ToList();

        bool impossible = reports.Any(near => near.Position.DistanceTo(truth.Location) < 20
            && reports.Any(far => Math.Abs((far.At - near.At).TotalMinutes) < 5 && far.Position.DistanceTo(near.Position) > 300));
        Assert.True(impossible);
        Assert.DoesNotContain(Positions(truth.Mmsis[0]), report =>
            (report.At < truth.Start || report.At >= truth.End) && report.Position.DistanceTo(truth.Location) < 100);
    }

    [Fact]
    public void The_fast_craft_closes_on_the_merchant_ship_at_speed()
    {
        GroundTruthEvent truth = Truth(ExerciseEventKind.FastApproach);
        var craft = Positions(truth.Mmsis[0]).Where(report => report.At >= truth.Start && report.At <= truth.End).ToList();
        var ship = Positions(truth.Mmsis[1]).ToList();

        Assert.Contains(craft, report => report.Report.SpeedKnots > 25);
        double closest = craft.Min(report => ship.Where(other => Math.Abs((other.At - report.At).TotalSeconds) <= 10)
            .Select(other => other.Position.DistanceTo(report.Position)).DefaultIfEmpty(double.MaxValue).Min());
        Assert.True(closest < 0.1, $"closest approach {closest} nm");
        Assert.InRange(truth.Location.Latitude, 1.1, 1.4);
        Assert.InRange(truth.Location.Longitude, 103.6, 104.3);
    }

    [Fact]
    public void The_loiterer_stays_near_the_disputed_feature_for_its_window_only()
    {
        GroundTruthEvent truth = Truth(ExerciseEventKind.Loitering);
        var reports = Positions(truth.Mmsis[0]).ToList();

        Assert.All(reports, report =>
        {
            Assert.InRange(report.At, truth.Start, truth.End);
            Assert.True(report.Position.DistanceTo(AsiaPacificWaters.ScarboroughShoal) < 3.5);
        });
        Assert.True(reports[^1].At - reports[0].At > TimeSpan.FromHours(11));
    }

    private static GroundTruthEvent Truth(ExerciseEventKind kind) => Scenario.GroundTruth.Single(truth => truth.Kind == kind);

    private static IEnumerable<(IAisPositionReport Report, DateTimeOffset At, LatLon Position)> Positions(uint mmsi) =>
        Traffic.PositionsOf(mmsi).Select(entry => (entry.Report, entry.At, new LatLon(entry.Report.Latitude!.Value, entry.Report.Longitude!.Value)));

    private static IEnumerable<StaticAndVoyageData> Static(uint mmsi) =>
        Traffic.Messages.Select(entry => entry.Message).OfType<StaticAndVoyageData>().Where(data => data.Mmsi == mmsi);
}
