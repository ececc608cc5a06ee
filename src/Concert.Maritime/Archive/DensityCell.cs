namespace Concert.Maritime.Archive;

/// <summary>How many positions fell into one grid cell over a time range.</summary>
/// <param name="South">The cell's southern edge in degrees.</param>
/// <param name="West">The cell's western edge in degrees.</param>
/// <param name="Positions">Positions reported inside the cell.</param>
/// <param name="Vessels">Distinct vessels among them.</param>
public readonly record struct DensityCell(double South, double West, long Positions, long Vessels);
