namespace Concert.Ais.Messages;

/// <summary>
/// A message that reports where a station is: types 1–3, 4, 9, 11, 18, 19, 21 and 27. Lets consumers (the CSV output,
/// the picture) read a position without knowing the message type.
/// </summary>
public interface IAisPositionReport : IAisMessage
{
    /// <summary>Latitude in degrees (north positive), or null when not available.</summary>
    double? Latitude { get; }

    /// <summary>Longitude in degrees (east positive), or null when not available.</summary>
    double? Longitude { get; }

    /// <summary>Speed over ground in knots, or null when not available or not reported by this type.</summary>
    double? SpeedKnots { get; }

    /// <summary>Course over ground in degrees, or null when not available or not reported by this type.</summary>
    double? CourseDegrees { get; }

    /// <summary>True heading in degrees, or null when not available or not reported by this type.</summary>
    int? HeadingDegrees { get; }

    /// <summary>True when the position accuracy flag reports high accuracy (under 10 m).</summary>
    bool Accuracy { get; }
}
