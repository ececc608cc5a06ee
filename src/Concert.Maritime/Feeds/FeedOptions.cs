using Concert.Sharing;
using Concert.Sharing.Stanag4774;

namespace Concert.Maritime.Feeds;

/// <summary>
/// One configured source of positions and the confidentiality label every position from it carries. A feed without a
/// label is a configuration error: nothing is ingested unlabelled.
/// </summary>
public sealed record FeedOptions
{
    /// <summary>A unique name, kept in the archive as the source of each position.</summary>
    public required string Name { get; init; }

    /// <summary>What kind of source it is.</summary>
    public required FeedKind Kind { get; init; }

    /// <summary>The file, for file and CSV feeds.</summary>
    public string? Path { get; init; }

    /// <summary>The server to connect to (TCP) or the local address to listen on (UDP; any address when null).</summary>
    public string? Host { get; init; }

    /// <summary>The port to connect to (TCP) or listen on (UDP).</summary>
    public int Port { get; init; }

    /// <summary>The label as STANAG 4774 XML; used when <see cref="Label"/> is null.</summary>
    public string? LabelXml { get; init; }

    /// <summary>The label itself.</summary>
    public ConfidentialityLabel? Label { get; init; }

    /// <summary>The first wait before reconnecting a dropped TCP feed; it doubles on each failure.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between reconnection attempts.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>A TCP feed silent for this long is taken as dead and reconnected.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The label this feed's positions carry.</summary>
    /// <param name="registry">Resolves community names in <see cref="LabelXml"/>.</param>
    /// <returns>The label.</returns>
    /// <exception cref="InvalidOperationException">Neither <see cref="Label"/> nor <see cref="LabelXml"/> is set.</exception>
    /// <exception cref="LabelFormatException">The XML is not a valid label.</exception>
    public ConfidentialityLabel ResolveLabel(CommunityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (Label is not null)
        {
            return Label;
        }
        if (LabelXml is null)
        {
            throw new InvalidOperationException($"Feed '{Name}' has no confidentiality label; every source must carry one.");
        }
        return new Stanag4774LabelReader(registry).Read(LabelXml);
    }
}
