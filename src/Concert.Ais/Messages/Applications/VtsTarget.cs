namespace Concert.Ais.Messages.Applications;

/// <summary>One target of a <see cref="VtsTargets"/> report.</summary>
/// <param name="IdType">How the target is identified: 0 MMSI, 1 IMO number, 2 call sign, 3 other.</param>
/// <param name="Id">The 42-bit identifier field's low 32 bits, for an MMSI or IMO number (what gpsd prints).</param>
/// <param name="IdText">The identifier field read as 7 six-bit characters, for a call sign or other identifier.</param>
/// <param name="LatitudeRaw">Latitude in 1/1,000 minute (24 bits).</param>
/// <param name="LongitudeRaw">Longitude in 1/1,000 minute (25 bits).</param>
/// <param name="Course">Course over ground in degrees (360 = not available).</param>
/// <param name="Second">UTC second (60 = not available).</param>
/// <param name="Speed">Speed over ground in knots (255 = not available).</param>
public sealed record VtsTarget(int IdType, uint Id, string IdText, int LatitudeRaw, int LongitudeRaw, int Course, int Second, int Speed);
