using Concert.Tests.Storage;
using Npgsql;

namespace Concert.Tests.Serve;

/// <summary>The real host on PostgreSQL: migrations at start, the exercise seed, and the leak matrix for a few users.</summary>
public sealed class PostgresHostTests
{
    [PostgresFact]
    public async Task The_host_on_PostgreSQL_releases_exactly_what_the_decider_permits()
    {
        string database = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = $"concert_host_{Guid.NewGuid():N}" }.ConnectionString;
        await using ConcertTestHost host = await ConcertTestHost.StartAsync(LeakMatrix.After, postgres: database);
        List<(long Id, Sharing.ConfidentialityLabel Label)> rows = await LeakMatrix.SeedBulletinsAsync(host);
        var matrixIds = rows.Select(row => row.Id).ToHashSet();
        foreach (string userName in new[] { "jp.watch", "cn.observer", "id.liaison" })
        {
            Security.AccountSeed user = LeakMatrix.Users.Single(seed => seed.UserName == userName);
            using HttpClient client = await host.SignInWithTokenAsync(userName);
            List<long> listed = await LabelledEndpoint.All[0].ListAllIdsAsync(client, pageSize: 50);
            Assert.Equal(LeakMatrix.Expected(user, rows, LeakMatrix.After), new SortedSet<long>(listed.Where(matrixIds.Contains)));
        }
    }
}
