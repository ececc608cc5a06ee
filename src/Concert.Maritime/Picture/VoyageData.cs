namespace Concert.Maritime.Picture;

/// <summary>The voyage a class A ship declares (type 5).</summary>
/// <param name="Destination">The destination as typed by the crew, or null when empty.</param>
/// <param name="DraughtMeters">Present static draught, or null when not available.</param>
/// <param name="EtaMonth">ETA month 1..12, or null.</param>
/// <param name="EtaDay">ETA day 1..31, or null.</param>
/// <param name="EtaHour">ETA hour 0..23 UTC, or null.</param>
/// <param name="EtaMinute">ETA minute 0..59, or null.</param>
/// <param name="Provenance">The message that gave it.</param>
public sealed record VoyageData(
    string? Destination,
    double? DraughtMeters,
    int? EtaMonth,
    int? EtaDay,
    int? EtaHour,
    int? EtaMinute,
    Provenance Provenance);
