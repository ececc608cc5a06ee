namespace Concert.Data;

/// <summary>The label ids one viewer may see at one time: the argument of <see cref="ReleaseQueryExtensions.ReleasableTo"/>.</summary>
/// <param name="LabelIds">Permitted label ids, ascending.</param>
/// <param name="At">The instant the decisions were taken for.</param>
internal sealed record ReleasableLabels(long[] LabelIds, DateTimeOffset At);
