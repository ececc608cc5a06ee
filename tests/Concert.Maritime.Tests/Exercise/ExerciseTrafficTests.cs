using Concert.Ais;
using Concert.Ais.Messages;
using Concert.Maritime.Exercise;
using Concert.Maritime.Picture;

namespace Concert.Maritime.Tests.Exercise;

public sealed class ExerciseTrafficTests
{
    private static readonly ExerciseOptions Small = ExerciseOptions.Default with { Vessels = 300 };

    // Everything every transmitter sends, heard: for measuring report rates.
    private static readonly ExerciseOptions FullReception = Small with { DropProbability = 0, SatelliteProbability = 1 };

    [Fact]
    public async Task The_same_seed_gives_byte_identical_NMEA()
    {
        byte[] first = await Generate(Small, 0.5);
        byte[] second = await Generate(Small, 0.5);
        byte[] otherSeed = await Generate(Small with { Seed = 7 }, 0.5);

        Assert.True(first.Length > 100_000);
        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void Slicing_time_differently_gives_the_same_messages()
    {
        var scenario = new ExerciseScenario(Small);
        ExerciseTraffic once = scenario.StartTraffic();
        ExerciseTraffic inSteps = scenario.StartTraffic();

        DecodedTraffic whole = DecodedTraffic.Decode(once.Advance(Small.Start.AddMinutes(20)));
        DecodedTraffic steps = DecodedTraffic.Decode(
            Enumerable.Range(1, 20).SelectMany(minute => inSteps.Advance(Small.Start.AddMinutes(minute))));

        // Only the sequential ids of two-sentence messages may differ; message, station, time and channel may not.
        Assert.Equal(whole.Messages.Count, steps.Messages.Count);
        Assert.Equal(
            whole.Messages.Select(entry => (entry.Message.ToString(), entry.Metadata.TagBlock.Source, entry.Metadata.TagBlock.UnixTime, entry.Metadata.Channel)),
            steps.Messages.Select(entry => (entry.Message.ToString(), entry.Metadata.TagBlock.Source, entry.Metadata.TagBlock.UnixTime, entry.Metadata.Channel)));
    }

    [Fact]
    public void Every_sentence_decodes_without_a_reject()
    {
        IReadOnlyList<TimedSentence> lines = new ExerciseScenario(Small).StartTraffic().Advance(Small.Start.AddHours(1));

        DecodedTraffic traffic = DecodedTraffic.Decode(lines);

        Assert.Equal(lines.Count, traffic.Statistics.Lines);
        Assert.Equal(0, traffic.Statistics.RejectedLines);
        Assert.Equal(0, traffic.Statistics.PendingLines);
        Assert.True(traffic.Statistics.MessagesOfType(1) > 10_000);
        Assert.True(traffic.Statistics.MessagesOfType(5) > 100);
        Assert.True(traffic.Statistics.MessagesOfType(18) > 100);
        Assert.True(traffic.Statistics.MessagesOfType(24) > 100);
        Assert.All(traffic.Messages, entry => Assert.NotNull(entry.Metadata.TagBlock.Source));
    }

    [Fact]
    public void Lines_are_in_time_order_with_the_time_in_their_tag_block()
    {
        IReadOnlyList<TimedSentence> lines = new ExerciseScenario(Small).StartTraffic().Advance(Small.Start.AddMinutes(30));

        Assert.Equal(lines.OrderBy(line => line.At).Select(line => line.At), lines.Select(line => line.At));
        Assert.All(lines, line => Assert.Contains($",c:{line.At.ToUnixTimeSeconds()}*", line.Line));
    }

    [Fact]
    public void Reports_come_at_the_ITU_rates()
    {
        var scenario = new ExerciseScenario(FullReception);
        DecodedTraffic traffic = DecodedTraffic.Decode(scenario.StartTraffic().Advance(FullReception.Start.AddHours(1)));
        var gapsByRate = new Dictionary<double, List<long>>();
        foreach (IGrouping<uint, (IAisMessage Message, AisMetadata Metadata)> sender in traffic.Messages
            .Where(entry => entry.Message is PositionReportClassA or PositionReportClassB)
            .GroupBy(entry => entry.Message.Mmsi)
            .Where(sender => scenario.Transmitters.Count(vessel => vessel.Mmsi == sender.Key) == 1))
        {
            (IAisMessage Message, AisMetadata Metadata)[] reports = [.. sender];
            for (int i = 1; i < reports.Length; i++)
            {
                // The interval after a report follows from what that report says (speed, status, rate of turn).
                double nominal = NominalInterval(reports[i - 1].Message);
                long gap = reports[i].Metadata.TagBlock.UnixTime!.Value - reports[i - 1].Metadata.TagBlock.UnixTime!.Value;
                (gapsByRate.TryGetValue(nominal, out List<long>? gaps) ? gaps : gapsByRate[nominal] = []).Add(gap);
            }
        }

        Assert.Equal([2, 10.0 / 3, 6, 10, 30, 180], gapsByRate.Keys.Order());
        foreach ((double nominal, List<long> gaps) in gapsByRate)
        {
            // Tag block times are whole seconds, so a gap is within a second of the interval; rounding of speed and
            // rate of turn in the message can put a report at a band's edge into the neighbouring band.
            double share = gaps.Count(gap => Math.Abs(gap - nominal) < 1.0001) / (double)gaps.Count;
            Assert.True(share > 0.99, $"{share:P1} of {gaps.Count} gaps after reports due every {nominal:0.##} s are on time");
        }
    }

    // ITU-R M.1371-5 annex 1 tables 1 and 2, read from a received report.
    private static double NominalInterval(IAisMessage message)
    {
        if (message is PositionReportClassB classB)
        {
            return classB.SpeedKnots > 2 ? 30 : 180;
        }
        var classA = (PositionReportClassA)message;
        double speed = classA.SpeedKnots!.Value;
        bool turning = Math.Abs(classA.TurnRaw) >= 11;
        return classA.Status is 1 or 5 && speed <= 3 ? 180
            : speed > 23 ? 2
            : speed > 14 ? (turning ? 2 : 6)
            : turning ? 10.0 / 3 : 10;
    }

    [Fact]
    public void Static_data_is_sent_every_six_minutes()
    {
        var scenario = new ExerciseScenario(FullReception);
        DecodedTraffic traffic = DecodedTraffic.Decode(scenario.StartTraffic().Advance(FullReception.Start.AddHours(1)));

        double[] gaps = [.. traffic.Messages.Where(entry => entry.Message.MessageType == 5)
            .GroupBy(entry => entry.Message.Mmsi)
            .SelectMany(sender => sender.Zip(sender.Skip(1), (earlier, later) =>
                (double)(later.Metadata.TagBlock.UnixTime!.Value - earlier.Metadata.TagBlock.UnixTime!.Value)))];

        Assert.NotEmpty(gaps);
        Assert.All(gaps, gap => Assert.InRange(gap, 359, 361));
    }

    [Fact]
    public void Shore_stations_miss_about_the_configured_share_of_reports()
    {
        double heardAll = ShoreLines(Small with { DropProbability = 0 });
        double heardDefault = ShoreLines(Small);

        Assert.InRange(heardDefault / heardAll, 0.83, 0.87);
    }

    [Fact]
    public void Reports_from_beyond_shore_range_are_heard_only_by_satellite()
    {
        IReadOnlyList<TimedSentence> lines = new ExerciseScenario(Small).StartTraffic().Advance(Small.Start.AddHours(1));

        Assert.Contains(lines, line => line.Line.StartsWith(@"\s:SAT-AIS,", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Line.StartsWith(@"\s:SG-SENTOSA,", StringComparison.Ordinal));
    }

    [Fact]
    public void Identities_are_well_formed()
    {
        var scenario = new ExerciseScenario(ExerciseOptions.Default);

        Assert.Equal(ExerciseOptions.Default.Vessels + 8, scenario.Transmitters.Count);
        Assert.All(scenario.Transmitters, vessel =>
        {
            Assert.Equal(vessel.Flag, MaritimeIdentity.Of(vessel.Mmsi).Flag?.Country.Code);
            Assert.Equal(MmsiKind.Ship, MaritimeIdentity.Of(vessel.Mmsi).Kind);
            Assert.True(vessel.Imo == 0 || ImoNumber.IsValid(vessel.Imo), $"{vessel.Name}: IMO {vessel.Imo}");
            Assert.InRange(vessel.CallSign.Length, 3, 7);
        });
        // Only the spoofing event's impostor repeats an MMSI.
        Assert.Equal(scenario.Transmitters.Count - 1, scenario.Transmitters.Select(vessel => vessel.Mmsi).Distinct().Count());
        foreach (VesselCategory category in Enum.GetValues<VesselCategory>())
        {
            Assert.Contains(scenario.Transmitters, vessel => vessel.Category == category);
        }
    }

    [Theory]
    [InlineData(9134270u, true)]   // EVER DIADEM in gpsd's sample.aivdm
    [InlineData(9074729u, true)]   // the example in IMO resolution A.1117(30)
    [InlineData(9134271u, false)]
    [InlineData(913427u, false)]
    public void IMO_check_digits_follow_the_IMO_rule(uint imo, bool valid) => Assert.Equal(valid, ImoNumber.IsValid(imo));

    private static int ShoreLines(ExerciseOptions options) =>
        new ExerciseScenario(options).StartTraffic().Advance(options.Start.AddMinutes(30))
            .Count(line => !line.Line.StartsWith(@"\s:SAT-AIS,", StringComparison.Ordinal));

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static async Task<byte[]> Generate(ExerciseOptions options, double hours)
    {
        using var stream = new MemoryStream();
        await ExerciseGenerator.GenerateAsync(options, hours, stream);
        return stream.ToArray();
    }
}
