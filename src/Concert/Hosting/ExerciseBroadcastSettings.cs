using System.Net;
using Concert.Sharing;

namespace Concert.Hosting;

/// <summary>What <see cref="ExerciseBroadcast"/> simulates and where it sends.</summary>
/// <param name="Vessels">Simulated stations.</param>
/// <param name="Seed">The traffic seed.</param>
/// <param name="Speed">Simulated seconds per real second.</param>
/// <param name="Label">The label of the exercise traffic.</param>
/// <param name="Ingest">The loopback endpoint the ingest feed listens on.</param>
internal sealed record ExerciseBroadcastSettings(int Vessels, ulong Seed, double Speed, ConfidentialityLabel Label, IPEndPoint Ingest);
