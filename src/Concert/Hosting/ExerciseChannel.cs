using System.Net;
using Concert.Sharing;

namespace Concert.Hosting;

/// <summary>One labelled stream of the exercise traffic and the loopback endpoint of its ingest feed.</summary>
/// <param name="FeedName">The ingest feed's name.</param>
/// <param name="Label">The label of the stream.</param>
/// <param name="Ingest">Where the feed listens.</param>
internal sealed record ExerciseChannel(string FeedName, ConfidentialityLabel Label, IPEndPoint Ingest);
