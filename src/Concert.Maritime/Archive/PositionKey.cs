using Concert.Maritime.Ingest;

namespace Concert.Maritime.Archive;

/// <summary>
/// What identifies a stored position: its vessel, its time and every value it reports (<see cref="Columns"/>), packed
/// into three words for the keys a commit keeps in memory (<see cref="NewestStoredKeys{TKey}"/>). Two rows equal in it
/// are one position: a replay adds nothing and a raised receiver count finds its row by it. Source, label, station and
/// receiver count are not part of it, since receptions of one message by other feeds and stations are that message.
/// </summary>
/// <remarks>
/// It replaces the payload hash the archive stored for this (4.3 bytes a row, uncompressible). Two different messages of
/// one vessel stamped with the same microsecond and equal in every stored field (they differ only in fields the archive
/// does not keep, such as the radio state) are thus one position: no read could tell them apart.
/// </remarks>
/// <param name="VesselLatitude">MMSI (high 32 bits) and latitude.</param>
/// <param name="LongitudeMotion">Longitude (high 32 bits), speed and course.</param>
/// <param name="Details">Heading, status, message type, accuracy, rate of turn and altitude.</param>
internal readonly record struct PositionKey(ulong VesselLatitude, ulong LongitudeMotion, ulong Details)
{
    /// <summary>The key's columns of <c>positions</c>, time first.</summary>
    public const string Columns = "t, mmsi, lat, lon, sog, cog, heading, status, msg_type, accuracy, rot, altitude";

    private static readonly string[] ColumnNames = Columns.Split(", ");

    /// <summary>The key of <paramref name="position"/> but its time.</summary>
    public static PositionKey Of(in PositionRecord position) => new(
        ((ulong)position.Mmsi << 32) | (uint)position.LatitudeRaw,
        ((ulong)(uint)position.LongitudeRaw << 32) | ((ulong)position.SpeedRaw << 16) | position.CourseRaw,
        ((ulong)position.HeadingRaw << 40) | ((ulong)position.Status << 32) | ((ulong)position.MessageType << 24)
            | ((position.HighAccuracy ? 1UL : 0) << 20) | ((ulong)(byte)position.RateOfTurnRaw << 12) | position.AltitudeRaw);

    /// <summary>SQL true when the rows named <paramref name="left"/> and <paramref name="right"/> have the same key.</summary>
    public static string Equal(string left, string right) =>
        string.Join(" AND ", ColumnNames.Select(column => $"{left}.{column} = {right}.{column}"));
}
