namespace Concert.Maritime.Exercise;

/// <summary>
/// Which station, if any, hears a report: the nearest shore station within <see cref="AsiaPacificWaters.ShoreRangeNm"/>
/// (missing a share of reports at random), else now and then a satellite. Decisions are hashes of seed, transmitter and
/// time, so they do not depend on the order reports are generated in.
/// </summary>
internal sealed class ReceptionModel
{
    /// <summary>The tag-block station name of satellite reception.</summary>
    public const string SatelliteStation = "SAT-AIS";

    private const double CellDegrees = 0.5;
    private const double SouthEdge = -10, WestEdge = 90;
    private const int Rows = 120, Columns = 140;

    // The nearest shore station to the centre of each cell, so a report needs one distance, not seventy.
    private static readonly short[] NearestStation = NearestStations();

    private readonly ExerciseOptions _options;

    public ReceptionModel(ExerciseOptions options) => _options = options;

    private static short[] NearestStations()
    {
        var nearestStation = new short[Rows * Columns];
        IReadOnlyList<(string Name, LatLon Position)> stations = AsiaPacificWaters.ShoreStations;
        for (int row = 0; row < Rows; row++)
        {
            for (int column = 0; column < Columns; column++)
            {
                var centre = new LatLon(SouthEdge + (row + 0.5) * CellDegrees, WestEdge + (column + 0.5) * CellDegrees);
                int nearest = 0;
                for (int i = 1; i < stations.Count; i++)
                {
                    if (centre.DistanceTo(stations[i].Position) < centre.DistanceTo(stations[nearest].Position))
                    {
                        nearest = i;
                    }
                }
                nearestStation[row * Columns + column] = (short)nearest;
            }
        }
        return nearestStation;
    }

    /// <summary>The station that hears a report, or null when none does.</summary>
    /// <param name="transmitter">The transmitter's index in the scenario.</param>
    /// <param name="at">When it transmits.</param>
    /// <param name="position">Where it is.</param>
    public string? Hear(int transmitter, DateTimeOffset at, LatLon position)
    {
        double draw = DeterministicRandom.Hash(_options.Seed, (ulong)transmitter, (ulong)at.UtcTicks);
        int row = (int)Math.Floor((position.Latitude - SouthEdge) / CellDegrees);
        int column = (int)Math.Floor((position.Longitude - WestEdge) / CellDegrees);
        if ((uint)row < Rows && (uint)column < Columns)
        {
            (string name, LatLon station) = AsiaPacificWaters.ShoreStations[NearestStation[row * Columns + column]];
            if (position.DistanceTo(station) <= AsiaPacificWaters.ShoreRangeNm)
            {
                return draw >= _options.DropProbability ? name : null;
            }
        }
        return draw < _options.SatelliteProbability ? SatelliteStation : null;
    }
}
