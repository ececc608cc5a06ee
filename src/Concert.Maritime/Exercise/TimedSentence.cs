namespace Concert.Maritime.Exercise;

/// <summary>One NMEA line of exercise traffic with the time it was received.</summary>
/// <param name="At">Receive time (simulated).</param>
/// <param name="Transmitter">Index of the transmitter in the scenario, for a stable order among equal times.</param>
/// <param name="Line">The line: tag block and sentence, without terminator.</param>
public readonly record struct TimedSentence(DateTimeOffset At, int Transmitter, string Line);
