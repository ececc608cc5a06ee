using Concert.Sharing;

namespace Concert.Maritime.Tests.Picture;

/// <summary>Labels and viewers for picture tests, under the CONCERT policy.</summary>
internal static class TestLabels
{
    public static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An unclassified feed releasable to Japan, Korea, Australia and Singapore.</summary>
    public static readonly ConfidentialityLabel Shared = new(
        "CONCERT", Classification.Unclassified, Created, Nations("JPN", "KOR", "AUS", "SGP"));

    /// <summary>A restricted national feed releasable to Japan only.</summary>
    public static readonly ConfidentialityLabel JapanOnly = new(
        "CONCERT", Classification.Restricted, Created, Nations("JPN"));

    public static readonly ReleaseDecider Decider = new(CommunityRegistry.Default, ["CONCERT"]);

    public static readonly SharingSubject JapaneseOfficer = new(Trigraph.Parse("JPN"), Classification.Secret);

    public static readonly SharingSubject AustralianOfficer = new(Trigraph.Parse("AUS"), Classification.Secret);

    public static Func<ConfidentialityLabel, bool> Everyone { get; } = _ => true;

    private static NationSet Nations(params string[] codes) => NationSet.Of(codes.Select(Trigraph.Parse));
}
