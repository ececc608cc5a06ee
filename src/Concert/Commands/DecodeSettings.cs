namespace Concert.Commands;

/// <summary>The options of one <c>concert decode</c> run.</summary>
/// <param name="Path">The NMEA file (plain or gzip), or "-" for standard input.</param>
/// <param name="Format">The output format.</param>
/// <param name="Unscaled">gpsd format only: raw integers, as <c>gpsdecode -u</c>.</param>
/// <param name="Statistics">Print a summary to standard error even when it is not a terminal.</param>
/// <param name="RequireChecksum">Reject sentences and tag blocks without a checksum.</param>
internal sealed record DecodeSettings(string Path, DecodeFormat Format, bool Unscaled, bool Statistics, bool RequireChecksum);
