namespace Concert.Maritime.Exercise;

/// <summary>
/// One transmitter's schedule: when its next position report and its next static data are due. Advancing it through
/// consecutive windows gives the same reports, stations and channels as one long run; only the sequential message ids
/// of two-sentence messages, which each encoder numbers in turn, depend on how time is sliced.
/// </summary>
internal sealed class VesselTransmitter
{
    private readonly ReceptionModel _reception;
    private DateTimeOffset _nextPosition;
    private DateTimeOffset _nextStatic;
    private bool _onChannelB;

    public VesselTransmitter(SimulatedVessel vessel, int index, ReceptionModel reception, ExerciseOptions options)
    {
        Vessel = vessel;
        Index = index;
        _reception = reception;
        // Transponders are not synchronised: each starts at its own offset within the first interval.
        _nextPosition = options.Start + TimeSpan.FromSeconds(10 * DeterministicRandom.Hash(options.Seed, (ulong)index, 1));
        _nextStatic = options.Start + ReportingRates.StaticData * DeterministicRandom.Hash(options.Seed, (ulong)index, 2);
    }

    public SimulatedVessel Vessel { get; }

    public int Index { get; }

    /// <summary>Adds every report due before <paramref name="until"/> that a station hears, in time order.</summary>
    public void Emit(DateTimeOffset until, SentenceFormatter formatter, ISentenceSink output)
    {
        while (true)
        {
            // Static data goes first when both are due at once.
            if (_nextStatic <= _nextPosition && _nextStatic < until)
            {
                EmitStatic(formatter, output);
            }
            else if (_nextPosition < until)
            {
                EmitPosition(formatter, output);
            }
            else
            {
                return;
            }
        }
    }

    private void EmitStatic(SentenceFormatter formatter, ISentenceSink output)
    {
        DateTimeOffset at = _nextStatic;
        _nextStatic += ReportingRates.StaticData;
        if (!Vessel.TransmitsAt(at) || Heard(at, Vessel.Track.At(at).Position) is not { } station)
        {
            return;
        }
        if (Vessel.IsClassB)
        {
            formatter.Add(AisReportBuilder.PartA(Vessel), station, at, Index, Alternate(), output);
            formatter.Add(AisReportBuilder.PartB(Vessel), station, at, Index, Alternate(), output);
        }
        else
        {
            formatter.Add(AisReportBuilder.StaticAndVoyage(Vessel, at), station, at, Index, Alternate(), output);
        }
    }

    private void EmitPosition(SentenceFormatter formatter, ISentenceSink output)
    {
        DateTimeOffset at = _nextPosition;
        VesselKinematics motion = Vessel.Track.At(at);
        _nextPosition += ReportingRates.PositionInterval(Vessel.IsClassB, motion);
        if (!Vessel.TransmitsAt(at) || Heard(at, motion.Position) is not { } station)
        {
            return;
        }
        if (Vessel.IsClassB)
        {
            formatter.Add(AisReportBuilder.ClassB(Vessel, motion, at), station, at, Index, Alternate(), output);
        }
        else
        {
            formatter.Add(AisReportBuilder.ClassA(Vessel, motion, at), station, at, Index, Alternate(), output);
        }
    }

    // A transponder alternates its transmissions between the two AIS channels.
    private bool Alternate() => _onChannelB = !_onChannelB;

    private string? Heard(DateTimeOffset at, LatLon position) => _reception.Hear(Index, at, position);
}
