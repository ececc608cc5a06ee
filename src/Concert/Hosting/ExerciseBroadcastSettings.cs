namespace Concert.Hosting;

/// <summary>What <see cref="ExerciseBroadcast"/> simulates and where it sends.</summary>
/// <param name="Vessels">Simulated stations.</param>
/// <param name="Seed">The traffic seed.</param>
/// <param name="Speed">Simulated seconds per real second.</param>
/// <param name="Traffic">The stream of all but the patrol vessels.</param>
/// <param name="Patrols">The stream of the patrol vessels, under a narrower label.</param>
internal sealed record ExerciseBroadcastSettings(int Vessels, ulong Seed, double Speed, ExerciseChannel Traffic, ExerciseChannel Patrols);
