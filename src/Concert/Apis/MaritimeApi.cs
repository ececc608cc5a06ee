using System.Globalization;
using Concert.Apis.Contracts;
using Concert.Hosting;
using Concert.Maritime.Archive;
using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;
using Concert.Security;
using Concert.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;
using ArchiveBox = Concert.Maritime.Archive.GeoBox;
using PictureBox = Concert.Maritime.Picture.GeoBox;

namespace Concert.Apis;

/// <summary><c>/api/v1/maritime</c>: the maritime picture, live and archived.</summary>
/// <remarks>
/// Release is decided inside every query: the live picture takes the viewer's label predicate, the archive the
/// viewer's permitted label ids (<see cref="MaritimeRelease"/>), so vessels the viewer may not see are never collected.
/// A vessel the viewer may not see answers 404 exactly like one never heard, and every release is audited.
/// </remarks>
internal static class MaritimeApi
{
    /// <summary>How close to now an asked time must be to be answered from the live picture.</summary>
    public static readonly TimeSpan LiveWindow = TimeSpan.FromMinutes(1);

    /// <summary>The default track span when 'from' is not given.</summary>
    public static readonly TimeSpan DefaultTrackSpan = TimeSpan.FromHours(24);

    /// <summary>The shortest search text.</summary>
    public const int MinimumQueryLength = 2;

    /// <summary>The most vessels a search returns.</summary>
    public const int MaximumSearchResults = 100;

    /// <summary>Maps the endpoints.</summary>
    /// <param name="api">The /api/v1 group.</param>
    /// <returns>The maritime group.</returns>
    public static RouteGroupBuilder MapMaritimeApi(this RouteGroupBuilder api)
    {
        RouteGroupBuilder maritime = api.MapGroup("/maritime").WithTags("Maritime").RequireAuthorization(ConcertPolicies.Reader);
        maritime.MapGet("/viewport", ViewportAsync)
            .WithSummary("Vessels in a box (west may exceed east across the antimeridian) at a time: live when 'at' is absent or now, else from the archive. "
                + "Each distinct label is sent once in 'labels'; each vessel names its own by 'labelIndex'.");
        maritime.MapGet("/vessels/{mmsi:long}", VesselAsync)
            .WithSummary("One vessel's live state; 404 when never heard or not released to the user.");
        maritime.MapGet("/vessels/{mmsi:long}/track", TrackAsync)
            .WithSummary("One vessel's archived positions between 'from' (default 24 hours before 'to') and 'to' (default now).");
        maritime.MapGet("/search", SearchAsync)
            .WithSummary("Live vessels whose name contains q, or whose MMSI, IMO number or call sign is q.");
        maritime.MapGet("/export", ExportAsync)
            .WithSummary("The live vessels of a box as a file: format=geojson, kml or csv. Audited.");
        return maritime;
    }

    private static async Task<Results<Ok<ViewportResponse>, ValidationProblem>> ViewportAsync(
        double? west, double? south, double? east, double? north, DateTimeOffset? at,
        ViewerAccessor accessor, MaritimeRelease release, MaritimePicture picture, PositionArchive archive, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        DateTimeOffset now = time.GetUtcNow();
        Dictionary<string, string[]> errors = ValidateBox(west, south, east, north);
        if (at > now + LiveWindow)
        {
            errors["at"] = ["The time must not be in the future."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The viewport is not valid");
        }

        Viewer viewer = await accessor.ViewerAsync(http.RequestAborted);
        if (at is not { } past || now - past <= LiveWindow)
        {
            using ViewportSightings sightings = picture.Query(
                new PictureBox(south!.Value, west!.Value, north!.Value, east!.Value), now, release.PictureFilter(viewer, now));
            AuditList(audit, viewer, sightings.Select(sighting => (sighting.State.Mmsi, sighting.State.Label)));
            var liveLabels = new LabelTable();
            List<ListedVesselResponse> live = [.. sightings.Select(sighting => sighting.State.ToListedResponse(sighting.Staleness, liveLabels))];
            return TypedResults.Ok(new ViewportResponse(liveLabels.Labels, live));
        }

        IReadOnlyDictionary<ushort, ConfidentialityLabel> labels = release.ArchiveLabelsById();
        using ArchiveQueries queries = archive.OpenQueries();
        ReleasableLabels releasable = release.ArchiveLabels(viewer, now);
        // The archive's boxes do not wrap: a box across the antimeridian is asked as its two halves.
        ArchiveBox[] boxes = west > east
            ? [new(south!.Value, west!.Value, north!.Value, 180), new(south.Value, -180, north.Value, east!.Value)]
            : [new(south!.Value, west!.Value, north!.Value, east!.Value)];
        List<PositionRecord> records = [.. boxes.SelectMany(box => queries.VesselsInBox(box, past, picture.Options.LostAfter, releasable)).OrderBy(record => record.Mmsi)];
        // The static data the archive kept beside each position, as the live picture merges it; the answer carries the
        // combination of the labels it is made of.
        IReadOnlyDictionary<uint, ArchivedIdentity> identities = queries.IdentitiesAt([.. records.Select(record => record.Mmsi)], past, releasable);
        List<(PositionRecord Record, ArchivedIdentity? Identity, ConfidentialityLabel Label)> vessels = [.. records.Select(record =>
        {
            ArchivedIdentity? identity = identities.GetValueOrDefault(record.Mmsi);
            ConfidentialityLabel[] parts = [.. new[] { record.LabelId }.Concat(identity?.LabelIds ?? []).Distinct().Select(id => labels[id])];
            return (record, identity, parts.Length == 1 ? parts[0] : LabelCombiner.Combine(parts, picture.Options.Communities, now));
        })];
        AuditList(audit, viewer, vessels.Select(vessel => (vessel.Record.Mmsi, vessel.Label)));
        var archivedLabels = new LabelTable();
        List<ListedVesselResponse> archived = [.. vessels.Select(vessel => vessel.Record.ToListedResponse(vessel.Identity, vessel.Label, archivedLabels, archive.StationName(vessel.Record.StationId)))];
        return TypedResults.Ok(new ViewportResponse(archivedLabels.Labels, archived));
    }

    private static async Task<Results<Ok<VesselResponse>, ProblemHttpResult>> VesselAsync(
        long mmsi, ViewerAccessor accessor, MaritimeRelease release, MaritimePicture picture, SharingPolicy policy, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        if (BadMmsi(mmsi) is { } bad)
        {
            return bad;
        }

        DateTimeOffset now = time.GetUtcNow();
        Viewer viewer = await accessor.ViewerAsync(http.RequestAborted);
        VesselState? state = picture.Find((uint)mmsi);
        if (state?.Position is null)
        {
            return NotFound(mmsi);
        }

        ReleaseDecision decision = policy.Decider.Decide(viewer.Subject, state.Label, now);
        audit.Decision(viewer, state.Label, decision, Reference((uint)mmsi));
        return decision.IsPermitted
            ? TypedResults.Ok(state.ToResponse(picture.Options.Classify(now - state.Position.Provenance.ReceivedAt)))
            : NotFound(mmsi);
    }

    private static async Task<Results<Ok<List<TrackPointResponse>>, ProblemHttpResult, ValidationProblem>> TrackAsync(
        long mmsi, DateTimeOffset? from, DateTimeOffset? to, ViewerAccessor accessor, MaritimeRelease release, PositionArchive archive, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        if (BadMmsi(mmsi) is { } bad)
        {
            return bad;
        }

        DateTimeOffset now = time.GetUtcNow();
        DateTimeOffset end = to ?? now;
        DateTimeOffset start = from ?? end - DefaultTrackSpan;
        if (start >= end)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["from"] = ["'from' must be before 'to'."] }, title: "The track period is not valid");
        }

        Viewer viewer = await accessor.ViewerAsync(http.RequestAborted);
        using ArchiveQueries queries = archive.OpenQueries();
        IReadOnlyList<PositionRecord> track = queries.Track((uint)mmsi, start, end, release.ArchiveLabels(viewer, now));
        if (track.Count == 0)
        {
            return NotFound(mmsi);
        }

        IReadOnlyDictionary<ushort, ConfidentialityLabel> labels = release.ArchiveLabelsById();
        foreach (ushort labelId in track.Select(point => point.LabelId).Distinct())
        {
            audit.ListRelease(viewer, labels[labelId], Reference((uint)mmsi) + "/track");
        }

        return TypedResults.Ok(track.Select(point => point.ToTrackPoint()).ToList());
    }

    private static async Task<Results<Ok<List<VesselResponse>>, ValidationProblem>> SearchAsync(
        string? q, ViewerAccessor accessor, MaritimeRelease release, MaritimePicture picture, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        string text = q?.Trim() ?? "";
        if (text.Length < MinimumQueryLength)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["q"] = [$"Search for at least {MinimumQueryLength} characters."] }, title: "The search is not valid");
        }

        DateTimeOffset now = time.GetUtcNow();
        Viewer viewer = await accessor.ViewerAsync(http.RequestAborted);
        Func<ConfidentialityLabel, bool> released = release.PictureFilter(viewer, now);
        List<VesselState> found = [.. picture.Snapshot()
            .Where(state => state.Position is not null && Matches(state, text) && released(state.Label))
            .OrderBy(state => state.Mmsi)
            .Take(MaximumSearchResults)];
        AuditList(audit, viewer, found.Select(state => (state.Mmsi, state.Label)));
        return TypedResults.Ok(found.Select(state => state.ToResponse(picture.Options.Classify(now - state.Position!.Provenance.ReceivedAt))).ToList());
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        string? format, double? west, double? south, double? east, double? north,
        ViewerAccessor accessor, MaritimeRelease release, MaritimePicture picture, SharingAudit audit, TimeProvider time, HttpContext http)
    {
        Dictionary<string, string[]> errors = ValidateBox(west, south, east, north);
        if (format is not ("geojson" or "kml" or "csv"))
        {
            errors["format"] = ["The format must be 'geojson', 'kml' or 'csv'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The export is not valid");
        }

        DateTimeOffset now = time.GetUtcNow();
        Viewer viewer = await accessor.ViewerAsync(http.RequestAborted);
        using ViewportSightings sightings = picture.Query(
            new PictureBox(south!.Value, west!.Value, north!.Value, east!.Value), now, release.PictureFilter(viewer, now));
        foreach (IGrouping<ConfidentialityLabel, VesselSighting> sameLabel in sightings.GroupBy(sighting => sighting.State.Label))
        {
            audit.Export(viewer, sameLabel.Key, format!, string.Join(' ', sameLabel.Select(sighting => Reference(sighting.State.Mmsi))));
        }

        List<VesselResponse> vessels = [.. sightings.Select(sighting => sighting.ToResponse())];

        string stamp = now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return format switch
        {
            "csv" => TypedResults.File(VesselExport.Csv(vessels), "text/csv", $"vessels-{stamp}.csv"),
            "kml" => TypedResults.File(VesselExport.Kml(vessels, $"Concert vessels {stamp}"), "application/vnd.google-earth.kml+xml", $"vessels-{stamp}.kml"),
            _ => TypedResults.File(VesselExport.GeoJson(vessels), "application/geo+json", $"vessels-{stamp}.geojson"),
        };
    }

    // One audit entry per label per answer, naming every vessel released under it.
    private static void AuditList(SharingAudit audit, Viewer viewer, IEnumerable<(uint Mmsi, ConfidentialityLabel Label)> released)
    {
        foreach (IGrouping<ConfidentialityLabel, (uint Mmsi, ConfidentialityLabel Label)> sameLabel in released.GroupBy(vessel => vessel.Label))
        {
            audit.ListRelease(viewer, sameLabel.Key, string.Join(' ', sameLabel.Select(vessel => Reference(vessel.Mmsi))));
        }
    }

    private static bool Matches(VesselState state, string text) =>
        (state.Name?.Name.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false)
        || state.Mmsi.ToString(CultureInfo.InvariantCulture) == text
        || (state.Registration?.Imo?.ToString(CultureInfo.InvariantCulture) == text)
        || string.Equals(state.Registration?.CallSign, text, StringComparison.OrdinalIgnoreCase);

    /// <summary>The problems of a viewport's edges, by parameter name; empty when the box is valid.</summary>
    /// <param name="west">Western edge.</param>
    /// <param name="south">Southern edge.</param>
    /// <param name="east">Eastern edge.</param>
    /// <param name="north">Northern edge.</param>
    /// <returns>The problems.</returns>
    public static Dictionary<string, string[]> ValidateBox(double? west, double? south, double? east, double? north)
    {
        var errors = new Dictionary<string, string[]>();
        CheckRange(errors, "west", west, 180);
        CheckRange(errors, "east", east, 180);
        CheckRange(errors, "south", south, 90);
        CheckRange(errors, "north", north, 90);
        if (south > north)
        {
            errors["south"] = ["The box is inverted: 'south' is north of 'north'."];
        }

        return errors;
    }

    private static void CheckRange(Dictionary<string, string[]> errors, string name, double? value, double limit)
    {
        if (value is not { } degrees)
        {
            errors[name] = [$"'{name}' is required."];
        }
        else if (!(Math.Abs(degrees) <= limit))
        {
            errors[name] = [string.Create(CultureInfo.InvariantCulture, $"'{name}' must be between -{limit} and {limit} degrees.")];
        }
    }

    private static ProblemHttpResult? BadMmsi(long mmsi) => mmsi is < 1 or > 999_999_999
        ? TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Not an MMSI",
            detail: string.Create(CultureInfo.InvariantCulture, $"{mmsi} is not a nine-digit MMSI."))
        : null;

    /// <summary>How a vessel is named in audit entries ("vessel/211234560").</summary>
    /// <param name="mmsi">The vessel's MMSI.</param>
    /// <returns>The reference.</returns>
    public static string Reference(uint mmsi) => string.Create(CultureInfo.InvariantCulture, $"vessel/{mmsi}");

    private static ProblemHttpResult NotFound(long mmsi) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No such vessel",
        detail: string.Create(CultureInfo.InvariantCulture, $"There is no vessel {mmsi} that you may see."));
}
