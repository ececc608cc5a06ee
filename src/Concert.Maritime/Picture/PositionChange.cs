namespace Concert.Maritime.Picture;

/// <summary>A change a partition wrote into a slot, kept for the writer to record in the journal and the grid.</summary>
/// <param name="Slot">The vessel's slot.</param>
/// <param name="Outcome">What changed: <see cref="FixOutcome.ClassChanged"/> or <see cref="FixOutcome.Positioned"/>.</param>
/// <param name="Latitude">The new latitude of a position.</param>
/// <param name="Longitude">The new longitude of a position.</param>
internal readonly record struct PositionChange(int Slot, FixOutcome Outcome, double Latitude, double Longitude);
