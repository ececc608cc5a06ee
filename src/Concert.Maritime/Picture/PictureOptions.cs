using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>Settings of a <see cref="MaritimePicture"/>.</summary>
public sealed record PictureOptions
{
    /// <summary>The defaults: stale after 1 h, lost after 6 h, 1° grid cells, changes sent every second.</summary>
    public static PictureOptions Default { get; } = new();

    /// <summary>Age of the last position after which a vessel is <see cref="Staleness.Stale"/>.</summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Age of the last position after which a vessel is <see cref="Staleness.Lost"/>.</summary>
    public TimeSpan LostAfter { get; init; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Side of a spatial index cell in degrees; must divide 180. One degree (60 nm) keeps a busy strait in a handful
    /// of cells and a regional viewport in a few hundred.
    /// </summary>
    public double CellDegrees { get; init; } = 1.0;

    /// <summary>
    /// How many of the latest changes the picture remembers for <see cref="MaritimePicture.TryGetChangesSince"/>
    /// (4 bytes each). A reader further behind reads the whole view again; the default covers a minute at 4,000
    /// messages a second.
    /// </summary>
    public int ChangeJournalCapacity { get; init; } = 1 << 18;

    /// <summary>Community membership used when labels of differently-labelled sources are combined.</summary>
    public CommunityRegistry Communities { get; init; } = CommunityRegistry.Default;

    /// <summary>The clock that timestamps combined labels and paces notifications.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The staleness of a position of the given age.</summary>
    /// <param name="age">Time since the position was received.</param>
    public Staleness Classify(TimeSpan age) =>
        age > LostAfter ? Staleness.Lost : age > StaleAfter ? Staleness.Stale : Staleness.Live;
}
