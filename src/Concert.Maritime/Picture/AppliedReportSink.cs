using Concert.Ais.Messages;
using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>Merges a rebuilt report into the picture at once, as one writer (a batch applied on one thread).</summary>
internal readonly struct AppliedReportSink(MaritimePicture picture, ConfidentialityLabel label, string? station) : ICommittedReportSink
{
    public void Position<TReport>(in TReport report, DateTimeOffset receivedAt)
        where TReport : struct, IAisMessage<TReport>, IAisPositionReport =>
        picture.ApplyPosition(in report, label, receivedAt, station);

    public void AidToNavigation(in AidToNavigationReport report, DateTimeOffset receivedAt) =>
        picture.Apply(in report, station, label, receivedAt);
}
