using Concert.Maritime.Exercise;
using Concert.Maritime.Picture;
using Concert.Maritime.Tests.Picture;
using Microsoft.Extensions.Time.Testing;

namespace Concert.Maritime.Tests.Exercise;

public sealed class ExerciseSimulatorTests
{
    private static readonly ExerciseOptions Small = ExerciseOptions.Default with { Vessels = 200 };

    [Fact]
    public async Task Simulated_time_runs_at_the_speed_factor()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var simulator = new ExerciseSimulator(new ExerciseScenario(Small), speedFactor: 60, clock, TimeSpan.FromSeconds(1));
        using var cancellation = new CancellationTokenSource();
        await using IAsyncEnumerator<TimedSentence> lines = simulator.RunAsync(cancellation.Token).GetAsyncEnumerator();

        var received = new List<TimedSentence>();
        ValueTask<bool> next = lines.MoveNextAsync();
        for (int second = 1; second <= 10; second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            // Drain what this tick released; the run then waits for the next tick.
            while (await next)
            {
                received.Add(lines.Current);
                next = lines.MoveNextAsync();
                if (!next.IsCompleted)
                {
                    break;
                }
            }
        }
        cancellation.Cancel();

        Assert.True(received.Count > 1000);
        // Ten real seconds at 60× are the first ten simulated minutes, the same reports as generated in one go.
        Assert.Equal(
            new ExerciseScenario(Small).StartTraffic().Advance(Small.Start.AddMinutes(10)).Select(line => (line.At, line.Transmitter)),
            received.Select(line => (line.At, line.Transmitter)));
    }

    [Fact]
    public void Exercise_traffic_builds_a_picture_through_the_decoder()
    {
        var scenario = new ExerciseScenario(Small);
        IReadOnlyList<TimedSentence> lines = scenario.StartTraffic().Advance(Small.Start.AddMinutes(15));
        var picture = new MaritimePicture();

        PictureFeeding.Feed(picture, lines.Select(line => line.Line), TestLabels.Shared);

        SimulatedVessel tanker = scenario.Transmitters.First(vessel => vessel.Category == VesselCategory.Tanker && !vessel.IsClassB
            && picture.Find(vessel.Mmsi)?.Name is not null);
        VesselState state = picture.Find(tanker.Mmsi)!;
        Assert.Equal(tanker.Name, state.Name!.Name);
        Assert.Equal(tanker.Imo, state.Registration!.Imo);
        Assert.Equal(tanker.Flag, state.Flag!.Country.Code);
        Assert.StartsWith("Tanker", state.Particulars!.ShipTypeDescription, StringComparison.Ordinal);
        Assert.NotNull(state.Position);
        Assert.True(picture.Count > 150);
        Assert.NotEmpty(picture.Query(new GeoBox(0.8, 103, 1.6, 105), Small.Start.AddMinutes(15), TestLabels.Everyone));
    }
}
