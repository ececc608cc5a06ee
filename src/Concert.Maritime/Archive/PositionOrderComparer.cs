using Concert.Maritime.Ingest;

namespace Concert.Maritime.Archive;

/// <summary>
/// Orders positions as <see cref="ReadPathSchema.PositionOrder"/> does in SQL: by time, then by the stored values, the
/// receiver count last.
/// </summary>
internal sealed class PositionOrderComparer : IComparer<PositionRecord>
{
    /// <summary>The one instance.</summary>
    public static readonly PositionOrderComparer Instance = new();

    private PositionOrderComparer()
    {
    }

    /// <inheritdoc />
    public int Compare(PositionRecord x, PositionRecord y)
    {
        int order = x.TimeMicros.CompareTo(y.TimeMicros);
        order = order != 0 ? order : x.Mmsi.CompareTo(y.Mmsi);
        order = order != 0 ? order : x.LatitudeRaw.CompareTo(y.LatitudeRaw);
        order = order != 0 ? order : x.LongitudeRaw.CompareTo(y.LongitudeRaw);
        order = order != 0 ? order : x.SpeedRaw.CompareTo(y.SpeedRaw);
        order = order != 0 ? order : x.CourseRaw.CompareTo(y.CourseRaw);
        order = order != 0 ? order : x.HeadingRaw.CompareTo(y.HeadingRaw);
        order = order != 0 ? order : x.Status.CompareTo(y.Status);
        order = order != 0 ? order : x.MessageType.CompareTo(y.MessageType);
        order = order != 0 ? order : x.HighAccuracy.CompareTo(y.HighAccuracy);
        order = order != 0 ? order : x.RateOfTurnRaw.CompareTo(y.RateOfTurnRaw);
        order = order != 0 ? order : x.AltitudeRaw.CompareTo(y.AltitudeRaw);
        order = order != 0 ? order : x.SourceId.CompareTo(y.SourceId);
        order = order != 0 ? order : x.StationId.CompareTo(y.StationId);
        order = order != 0 ? order : x.LabelId.CompareTo(y.LabelId);
        return order != 0 ? order : x.Receivers.CompareTo(y.Receivers);
    }
}
