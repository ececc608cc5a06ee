namespace Concert.Maritime.Ingest;

/// <summary>
/// One position of one vessel as the archive stores it: AIS raw units, so that nothing is lost or rounded twice, in
/// 40 bytes. Immutable.
/// </summary>
/// <param name="TimeMicros">Receive time in Unix microseconds (tag block <c>c:</c>, receiver time, or the clock).</param>
/// <param name="Mmsi">The vessel's MMSI.</param>
/// <param name="LatitudeRaw">Latitude in 1/10,000 minute (91° = 54,600,000 = not available).</param>
/// <param name="LongitudeRaw">Longitude in 1/10,000 minute (181° = 108,600,000 = not available).</param>
/// <param name="SpeedRaw">Speed over ground in 1/10 knot (1023 = not available).</param>
/// <param name="CourseRaw">Course over ground in 1/10 degree (3600 = not available).</param>
/// <param name="HeadingRaw">True heading in degrees (511 = not available).</param>
/// <param name="Status">Navigational status (0..15; 15 = not defined or not reported by this message type).</param>
/// <param name="MessageType">The AIS message type it came from, or 0 for a position imported from a CSV file.</param>
/// <param name="PayloadHash">A 64-bit hash of the message payload (or of the CSV row's values): the de-duplication key.
/// The archive stores its low 32 bits (<see cref="StoredHash"/>) and returns positions without it (0).</param>
/// <param name="SourceId">The feed it was received from.</param>
/// <param name="LabelId">The archive's id of the confidentiality label the position carries.</param>
/// <param name="Receivers">How many receptions of the same message were merged into this record (1 or more).</param>
public readonly record struct PositionRecord(
    long TimeMicros,
    uint Mmsi,
    int LatitudeRaw,
    int LongitudeRaw,
    ushort SpeedRaw,
    ushort CourseRaw,
    ushort HeadingRaw,
    byte Status,
    byte MessageType,
    ulong PayloadHash,
    ushort SourceId,
    ushort LabelId,
    byte Receivers)
{
    /// <summary>
    /// The part of <see cref="PayloadHash"/> the archive stores and compares with: its low 32 bits. The in-memory
    /// de-duplication keeps all 64; whatever is matched against stored rows uses this.
    /// </summary>
    public uint StoredHash => (uint)PayloadHash;

    /// <summary>Units of the raw coordinates per degree (1/10,000 minute).</summary>
    public const double UnitsPerDegree = 600_000;

    /// <summary>The raw speed meaning "not available".</summary>
    public const ushort SpeedNotAvailable = 1023;

    /// <summary>The raw course meaning "not available".</summary>
    public const ushort CourseNotAvailable = 3600;

    /// <summary>The raw heading meaning "not available".</summary>
    public const ushort HeadingNotAvailable = 511;

    /// <summary>The navigational status meaning "not defined".</summary>
    public const byte StatusNotDefined = 15;

    /// <summary>Latitude in degrees.</summary>
    public double Latitude => LatitudeRaw / UnitsPerDegree;

    /// <summary>Longitude in degrees.</summary>
    public double Longitude => LongitudeRaw / UnitsPerDegree;

    /// <summary>Speed over ground in knots, or null when not available.</summary>
    public double? SpeedKnots => SpeedRaw >= SpeedNotAvailable ? null : SpeedRaw / 10.0;

    /// <summary>Course over ground in degrees, or null when not available.</summary>
    public double? CourseDegrees => CourseRaw >= CourseNotAvailable ? null : CourseRaw / 10.0;

    /// <summary>True heading in degrees, or null when not available.</summary>
    public int? HeadingDegrees => HeadingRaw >= 360 ? null : HeadingRaw;

    /// <summary>Receive time as a UTC instant.</summary>
    public DateTimeOffset Time => DateTimeOffset.UnixEpoch.AddTicks(TimeMicros * 10);

    /// <summary>Converts degrees to the raw unit (1/10,000 minute), rounding to the nearest.</summary>
    public static int ToRaw(double degrees) => (int)Math.Round(degrees * UnitsPerDegree);
}
