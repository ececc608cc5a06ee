using System.Runtime.InteropServices;

namespace Concert.Maritime.Ingest;

/// <summary>
/// One position of one vessel as the archive stores it: AIS raw units, so that nothing is lost or rounded twice, in
/// 48 bytes (the layout is left to the runtime, which packs the small fields into what a sequential layout pads).
/// Immutable.
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
/// <param name="PayloadHash">A 64-bit hash of the message payload (or of the CSV row's values): the in-memory
/// de-duplication key. The archive does not store it (it keys rows by their values) and returns positions without it (0).</param>
/// <param name="SourceId">The feed it was received from.</param>
/// <param name="LabelId">The archive's id of the confidentiality label the position carries.</param>
/// <param name="Receivers">How many receptions of the same message were merged into this record (1 or more).</param>
/// <param name="HighAccuracy">The position accuracy flag: true when better than 10 m.</param>
/// <param name="RateOfTurnRaw">A class A report's rate of turn as sent (−127..127, the ROT<sub>AIS</sub> scale; −128 = not
/// available, which every other message type has).</param>
/// <param name="AltitudeRaw">A SAR aircraft's altitude in metres (4094 = 4094 or higher; 4095 = not available, which every
/// other message type has).</param>
/// <param name="StationId">The archive's id of the receiving station the tag block named (<c>s:</c>), or 0 when it
/// named none (<see cref="Archive.PositionArchive.RegisterStation"/>).</param>
[StructLayout(LayoutKind.Auto)]
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
    byte Receivers,
    bool HighAccuracy = false,
    sbyte RateOfTurnRaw = -128,
    ushort AltitudeRaw = 4095,
    ushort StationId = 0)
{

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

    /// <summary>The raw rate of turn meaning "not available".</summary>
    public const sbyte RateOfTurnNotAvailable = -128;

    /// <summary>The raw altitude meaning "not available".</summary>
    public const ushort AltitudeNotAvailable = 4095;

    /// <summary>The station id meaning "the tag block named no receiving station".</summary>
    public const ushort NoStation = 0;

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

    /// <summary>A SAR aircraft's altitude in metres, or null when not available.</summary>
    public int? AltitudeMeters => AltitudeRaw >= AltitudeNotAvailable ? null : AltitudeRaw;

    /// <summary>Receive time as a UTC instant.</summary>
    public DateTimeOffset Time => DateTimeOffset.UnixEpoch.AddTicks(TimeMicros * 10);

    /// <summary>Converts degrees to the raw unit (1/10,000 minute), rounding to the nearest.</summary>
    public static int ToRaw(double degrees) => (int)Math.Round(degrees * UnitsPerDegree);
}
