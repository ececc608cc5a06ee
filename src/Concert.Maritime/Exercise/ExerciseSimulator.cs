using System.Runtime.CompilerServices;

namespace Concert.Maritime.Exercise;

/// <summary>
/// Plays a scenario live: simulated time runs <see cref="SpeedFactor"/> times as fast as the clock of its
/// <see cref="TimeProvider"/>, and the lines due are released every <see cref="Tick"/> of real time. Feed its lines to
/// the ingest path like any other NMEA source.
/// </summary>
public sealed class ExerciseSimulator
{
    /// <summary>Creates a simulator.</summary>
    /// <param name="scenario">What to play.</param>
    /// <param name="speedFactor">Simulated seconds per real second (1 = real time, 60 = an hour a minute).</param>
    /// <param name="timeProvider">The real clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="tick">How often lines are released; one second when null.</param>
    public ExerciseSimulator(ExerciseScenario scenario, double speedFactor = 1, TimeProvider? timeProvider = null, TimeSpan? tick = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(speedFactor);
        Scenario = scenario;
        SpeedFactor = speedFactor;
        TimeProvider = timeProvider ?? TimeProvider.System;
        Tick = tick ?? TimeSpan.FromSeconds(1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Tick, TimeSpan.Zero, nameof(tick));
    }

    /// <summary>The scenario played.</summary>
    public ExerciseScenario Scenario { get; }

    /// <summary>Simulated seconds per real second.</summary>
    public double SpeedFactor { get; }

    /// <summary>The real clock.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Real time between releases.</summary>
    public TimeSpan Tick { get; }

    /// <summary>
    /// The received lines, released as simulated time reaches them, from the scenario's start until cancelled.
    /// </summary>
    /// <param name="cancellationToken">Stops the run.</param>
    public async IAsyncEnumerable<TimedSentence> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ExerciseTraffic traffic = Scenario.StartTraffic();
        long startedAt = TimeProvider.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(Tick, TimeProvider, cancellationToken).ConfigureAwait(false);
            TimeSpan real = TimeProvider.GetElapsedTime(startedAt);
            DateTimeOffset simulated = Scenario.Options.Start + real * SpeedFactor;
            foreach (TimedSentence line in traffic.Advance(simulated))
            {
                yield return line;
            }
        }
    }
}
