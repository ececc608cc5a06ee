using System.Text;
using Concert.Ais.Reading;
using Concert.Maritime.Archive;
using Concert.Maritime.Exercise;
using Concert.Maritime.Feeds;
using Concert.Maritime.Ingest;
using Concert.Maritime.Picture;
using Concert.Security;
using Concert.Sharing;
using Microsoft.Extensions.DependencyInjection;

namespace Concert.Tests.Serve;

/// <summary>
/// A host whose live picture and archive hold simulated traffic under a spread of the leak matrix's labels (each
/// vessel under one label), and the oracle of what each user may see, decided on the unfiltered stores.
/// </summary>
public sealed class MaritimeLeakMatrixFixture : IAsyncLifetime
{
    /// <summary>Every seventh matrix label: all kinds of releasability, classifications and caveats still occur.</summary>
    private static readonly ConfidentialityLabel[] Labels = [.. LeakMatrix.Labels().Where((_, index) => index % 7 == 0)];

    internal ConcertTestHost Host { get; private set; } = null!;

    /// <summary>The live picture's vessels and labels, unfiltered.</summary>
    internal Dictionary<uint, ConfidentialityLabel> Live { get; private set; } = null!;

    /// <summary>The archived vessels (last position in the lost-after window) and labels, unfiltered, at <see cref="PastTime"/>.</summary>
    internal Dictionary<uint, ConfidentialityLabel> Archived { get; private set; } = null!;

    /// <summary>A past time answered from the archive.</summary>
    internal DateTimeOffset PastTime { get; private set; }

    public async Task InitializeAsync()
    {
        Host = await ConcertTestHost.StartAsync(LeakMatrix.After);
        foreach (AccountSeed user in LeakMatrix.ExtraUsers)
        {
            await Host.CreateUserAsync(user);
        }

        DateTimeOffset now = Host.Time.GetUtcNow();
        PastTime = now - TimeSpan.FromMinutes(5);
        var scenario = new ExerciseScenario(new ExerciseOptions { Vessels = Labels.Length * 2, Start = now - TimeSpan.FromMinutes(15), Seed = 7 });
        TimedSentence[] lines = [.. scenario.StartTraffic().Advance(now)];
        MaritimePicture picture = Host.Services.GetRequiredService<MaritimePicture>();
        PositionArchive archive = Host.Services.GetRequiredService<PositionArchive>();
        string folder = Path.Combine(Host.DataDirectory, "matrix-feeds");
        Directory.CreateDirectory(folder);
        foreach (IGrouping<int, TimedSentence> sameLabel in lines.GroupBy(line => line.Transmitter % Labels.Length))
        {
            ConfidentialityLabel label = Labels[sameLabel.Key];
            var decoder = new AisLineDecoder();
            PictureFeedHandler handler = picture.HandlerFor(label);
            foreach (TimedSentence line in sameLabel)
            {
                decoder.Decode(Encoding.ASCII.GetBytes(line.Line), ref handler);
            }

            string path = Path.Combine(folder, $"label-{sameLabel.Key}.nmea");
            await File.WriteAllLinesAsync(path, sameLabel.Select(line => line.Line));
            await IngestRunner.IngestFileAsync(archive, new FeedOptions { Name = $"matrix-{sameLabel.Key}", Kind = FeedKind.NmeaFile, Path = path, Label = label });
        }

        Live = picture.Query(Concert.Maritime.Picture.GeoBox.World, now, _ => true).ToDictionary(sighting => sighting.State.Mmsi, sighting => sighting.State.Label);
        var reader = new Sharing.Stanag4774.Stanag4774LabelReader(CommunityRegistry.Default);
        Dictionary<ushort, ConfidentialityLabel> stored = archive.StoredLabels().ToDictionary(entry => entry.Key, entry => reader.Read(entry.Value));
        using ArchiveQueries queries = archive.OpenQueries();
        Archived = queries.VesselsInBox(Concert.Maritime.Archive.GeoBox.World, PastTime, picture.Options.LostAfter, ReleasableLabels.Of(stored.Keys))
            .ToDictionary(record => record.Mmsi, record => stored[record.LabelId]);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>The vessels of <paramref name="vessels"/> that an independent decider releases to <paramref name="user"/>.</summary>
    internal SortedSet<uint> Expected(AccountSeed user, Dictionary<uint, ConfidentialityLabel> vessels)
    {
        SortedSet<long> permitted = LeakMatrix.Expected(user, vessels.Select(vessel => ((long)vessel.Key, vessel.Value)), Host.Time.GetUtcNow());
        return [.. permitted.Select(id => (uint)id)];
    }
}
