using System.Net.Sockets;
using System.Text;
using Concert.Maritime.Exercise;

namespace Concert.Hosting;

/// <summary>
/// The exercise's AIS receiver network: runs the seeded traffic simulator from the host's start time and sends every
/// NMEA line, like a shore station does, as a UDP datagram to an ingest feed on the loopback address. The feed stores it
/// in the archive, and the picture is fed from what the archive committed (<c>CommittedPictureFeed</c>), as for any
/// other feed. Patrol vessels go to their own feed under a narrower label, so that users see more or less of the
/// exercise by their clearance.
/// </summary>
/// <param name="settings">What to simulate and where the ingest feed listens.</param>
/// <param name="time">The host's clock: the simulation starts at its now.</param>
internal sealed class ExerciseBroadcast(ExerciseBroadcastSettings settings, TimeProvider time) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        DateTimeOffset now = time.GetUtcNow();
        var scenario = new ExerciseScenario(new ExerciseOptions
        {
            Seed = settings.Seed,
            Vessels = settings.Vessels,
            Start = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)),
        });
        var simulator = new ExerciseSimulator(scenario, settings.Speed, time);
        bool[] isPatrol = [.. scenario.Transmitters.Select(vessel => vessel.Category == VesselCategory.PatrolVessel)];
        using var udp = new UdpClient(AddressFamily.InterNetwork);
        try
        {
            await foreach (TimedSentence sentence in simulator.RunAsync(stoppingToken))
            {
                bool patrol = sentence.Transmitter < isPatrol.Length && isPatrol[sentence.Transmitter];
                byte[] line = Encoding.ASCII.GetBytes(sentence.Line + "\n");
                // One transmitter's sentences all go to one feed, so a multi-sentence message is never split.
                await udp.SendAsync(line, (patrol ? settings.Patrols : settings.Traffic).Ingest, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: the simulation simply ends.
        }
    }
}
