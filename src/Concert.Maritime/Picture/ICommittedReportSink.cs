using Concert.Ais.Messages;

namespace Concert.Maritime.Picture;

/// <summary>
/// Takes a committed position turned back into the report struct it came from
/// (<see cref="CommittedPictureFeed.Rebuild"/>). Implemented by structs, so that each report type gets its own
/// specialised, allocation-free call.
/// </summary>
internal interface ICommittedReportSink
{
    /// <summary>A class A, class B, SAR aircraft or long-range report.</summary>
    void Position<TReport>(in TReport report, DateTimeOffset receivedAt)
        where TReport : struct, IAisMessage<TReport>, IAisPositionReport;

    /// <summary>An aid to navigation's position (its report also sets particulars, so it takes the full merge).</summary>
    void AidToNavigation(in AidToNavigationReport report, DateTimeOffset receivedAt);
}
