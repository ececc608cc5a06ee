namespace Concert.Maritime.Picture;

/// <summary>How current a vessel's last position is at a given time, by the thresholds in <see cref="PictureOptions"/>.</summary>
public enum Staleness
{
    /// <summary>Reported within <see cref="PictureOptions.StaleAfter"/>.</summary>
    Live,

    /// <summary>Older than <see cref="PictureOptions.StaleAfter"/>: shown, but marked as aged.</summary>
    Stale,

    /// <summary>Older than <see cref="PictureOptions.LostAfter"/>: dropped from viewports unless asked for.</summary>
    Lost,
}
