namespace Concert.Maritime.Exercise;

/// <summary>What really happened in a scripted event, to score detection against.</summary>
/// <param name="Kind">The kind of event.</param>
/// <param name="Mmsis">The MMSIs involved, the principal first.</param>
/// <param name="Start">When it starts.</param>
/// <param name="End">When it ends.</param>
/// <param name="Location">Where (the meeting point, the last position before going dark, the feature…).</param>
/// <param name="Description">A sentence for the exercise debrief.</param>
public sealed record GroundTruthEvent(
    ExerciseEventKind Kind,
    IReadOnlyList<uint> Mmsis,
    DateTimeOffset Start,
    DateTimeOffset End,
    LatLon Location,
    string Description);
