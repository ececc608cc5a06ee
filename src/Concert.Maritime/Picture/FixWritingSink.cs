using Concert.Ais.Messages;
using Concert.Sharing;

namespace Concert.Maritime.Picture;

/// <summary>
/// Writes a rebuilt report into the fix of a slot that exists (<see cref="MaritimePicture.WriteFix"/>) and keeps the
/// outcome for the writer to record; an aid to navigation is left for the full merge.
/// </summary>
internal struct FixWritingSink(MaritimePicture picture, ConfidentialityLabel label, string? station, int slot) : ICommittedReportSink
{
    public FixOutcome Outcome { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public void Position<TReport>(in TReport report, DateTimeOffset receivedAt)
        where TReport : struct, IAisMessage<TReport>, IAisPositionReport
    {
        Outcome = picture.WriteFix(in report, label, receivedAt, station, slot, out double latitude, out double longitude);
        Latitude = latitude;
        Longitude = longitude;
    }

    public void AidToNavigation(in AidToNavigationReport report, DateTimeOffset receivedAt) => Outcome = FixOutcome.NeedsFullMerge;
}
