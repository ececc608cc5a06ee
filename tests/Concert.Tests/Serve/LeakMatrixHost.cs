using Concert.Security;

namespace Concert.Tests.Serve;

/// <summary>A host with the exercise data, the matrix users, and the matrix bulletins and pooling records.</summary>
internal sealed class LeakMatrixHost
{
    public required ConcertTestHost Host { get; init; }

    public required List<(long Id, Sharing.ConfidentialityLabel Label)> Rows { get; init; }

    /// <summary>The rows behind each <see cref="LabelledEndpoint"/>, by its name.</summary>
    public required Dictionary<string, List<(long Id, Sharing.ConfidentialityLabel Label)>> RowsByEndpoint { get; init; }

    public static async Task<LeakMatrixHost> StartAsync(DateTimeOffset at)
    {
        ConcertTestHost host = await ConcertTestHost.StartAsync(at);
        foreach (AccountSeed user in LeakMatrix.ExtraUsers)
        {
            await host.CreateUserAsync(user);
        }

        // The exercise's own bulletins are part of what users see, so they are part of the oracle's rows too.
        List<(long, Sharing.ConfidentialityLabel)> exercise = await host.WithDbAsync(db =>
        {
            var labels = db.Labels.ToDictionary(label => label.Id, label => label.Stanag4774Xml);
            var reader = new Sharing.Stanag4774.Stanag4774LabelReader(Sharing.CommunityRegistry.Default);
            return Task.FromResult(db.Bulletins.AsEnumerable().Select(row => (row.Id, reader.Read(labels[row.LabelId]))).ToList());
        });
        List<(long, Sharing.ConfidentialityLabel)> bulletins = [.. exercise, .. await LeakMatrix.SeedBulletinsAsync(host)];
        Dictionary<string, List<(long Id, Sharing.ConfidentialityLabel Label)>> rows = await LeakMatrixPooling.SeedAsync(host);
        rows["bulletins"] = bulletins;
        return new LeakMatrixHost { Host = host, Rows = bulletins, RowsByEndpoint = rows };
    }
}
