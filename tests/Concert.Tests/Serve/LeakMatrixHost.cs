using Concert.Security;

namespace Concert.Tests.Serve;

/// <summary>A host with the exercise data, the matrix users and the matrix bulletins.</summary>
internal sealed class LeakMatrixHost
{
    public required ConcertTestHost Host { get; init; }

    public required List<(long Id, Sharing.ConfidentialityLabel Label)> Rows { get; init; }

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
        return new LeakMatrixHost { Host = host, Rows = [.. exercise, .. await LeakMatrix.SeedBulletinsAsync(host)] };
    }
}
