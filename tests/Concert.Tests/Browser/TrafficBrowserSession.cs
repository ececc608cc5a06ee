using Concert.Maritime.Archive;
using Concert.Tests.Serve;
using Microsoft.Extensions.DependencyInjection;

namespace Concert.Tests.Browser;

/// <summary>
/// A <see cref="BrowserSession"/> whose host runs the exercise traffic, as <c>serve --exercise</c> does: the simulated
/// receiver network feeds the live picture and, over UDP, the archive. The fake clock starts in the past and is moved
/// on by <see cref="SimulatedSpan"/>, so there are tracks to replay and the host's now stays a little behind the
/// browser's (the map judges staleness by the browser's clock, as an officer's screen does).
/// </summary>
public sealed class TrafficBrowserSession : BrowserSession
{
    /// <summary>How much exercise time runs before the tests start.</summary>
    public static readonly TimeSpan SimulatedSpan = TimeSpan.FromMinutes(30);

    /// <inheritdoc />
    protected override DateTimeOffset Start { get; } = DateTimeOffset.UtcNow - SimulatedSpan - TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    protected override int ExerciseVessels => 400;

    /// <inheritdoc />
    private protected override async Task PrepareAsync(ConcertTestHost server)
    {
        ArgumentNullException.ThrowIfNull(server);
        PositionArchive archive = server.Services.GetRequiredService<PositionArchive>();
        TimeSpan step = TimeSpan.FromSeconds(5);
        for (TimeSpan run = TimeSpan.Zero; run < SimulatedSpan; run += step)
        {
            // The simulator and the ingest pipeline run on the host's fake clock: move it on and let them work.
            server.Time.Advance(step);
            await Task.Delay(15);
        }

        // The UDP feed stores what was sent a moment later; wait until the archive has stopped growing.
        long stored = -1;
        for (int wait = 0; wait < 100 && archive.CountPositions() != stored; wait++)
        {
            stored = archive.CountPositions();
            await Task.Delay(200);
        }
    }
}
