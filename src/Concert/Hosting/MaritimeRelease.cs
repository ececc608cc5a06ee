using System.Collections.Concurrent;
using Concert.Maritime.Archive;
using Concert.Security;
using Concert.Sharing;
using PictureRelease = Concert.Maritime.Picture.ReleaseFilter;

namespace Concert.Hosting;

/// <summary>
/// What of the maritime data one viewer may see, decided by the host's <see cref="ReleaseDecider"/>: a label predicate
/// for live-picture queries and the permitted label ids for archive queries, both applied inside the query.
/// </summary>
/// <param name="policy">The host's release decision.</param>
/// <param name="archive">The position archive, whose stored labels are decided.</param>
internal sealed class MaritimeRelease(SharingPolicy policy, PositionArchive archive)
{
    // An archive label id names the same label for the archive's life, so each is parsed once.
    private readonly ConcurrentDictionary<ushort, ConfidentialityLabel> _parsed = new();

    /// <summary>The predicate for <see cref="Concert.Maritime.Picture.MaritimePicture.Query"/>; one per request.</summary>
    /// <param name="viewer">Who is looking.</param>
    /// <param name="at">When the decision is taken for.</param>
    public Func<ConfidentialityLabel, bool> PictureFilter(Viewer viewer, DateTimeOffset at) =>
        PictureRelease.For(policy.Decider, viewer.Subject, at);

    /// <summary>The archive label ids <paramref name="viewer"/> may see at <paramref name="at"/>.</summary>
    /// <param name="viewer">Who is looking.</param>
    /// <param name="at">When the decision is taken for.</param>
    /// <returns>The ids, for every archive query.</returns>
    public ReleasableLabels ArchiveLabels(Viewer viewer, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return ReleasableLabels.Of(ArchiveLabelsById()
            .Where(entry => policy.Decider.Decide(viewer.Subject, entry.Value, at).IsPermitted)
            .Select(entry => entry.Key));
    }

    /// <summary>Every label stored in the archive by its id, for decisions, audit entries and responses.</summary>
    /// <returns>The labels by id.</returns>
    public IReadOnlyDictionary<ushort, ConfidentialityLabel> ArchiveLabelsById()
    {
        var labels = new Dictionary<ushort, ConfidentialityLabel>();
        foreach ((ushort id, string xml) in archive.StoredLabels())
        {
            labels[id] = _parsed.GetOrAdd(id, static (_, state) => state.Reader.Read(state.Xml), (Reader: policy.LabelReader, Xml: xml));
        }

        return labels;
    }
}
