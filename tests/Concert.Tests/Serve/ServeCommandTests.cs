using System.Globalization;
using System.Net;
using Concert.Commands;
using Concert.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Concert.Tests.Serve;

/// <summary><c>concert serve</c>'s flags reach the host: address, data folder and exercise mode.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task The_flags_set_the_address_the_data_folder_and_exercise_mode()
    {
        string data = Path.Combine(Path.GetTempPath(), "concert-serve-" + Guid.NewGuid().ToString("N"));
        var announcements = new StringWriter(CultureInfo.InvariantCulture);
        await using (WebApplication app = ConcertHost.Build(ServeCommand.HostArguments("http://127.0.0.1:0", data, exercise: true), announcements))
        {
            IReadOnlyList<string> urls = await ConcertHost.StartAsync(app, CancellationToken.None);
            Uri address = new(Assert.Single(urls));
            Assert.Equal("127.0.0.1", address.Host);
            Assert.NotEqual(0, address.Port);
            using var client = new HttpClient { BaseAddress = address };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            await app.StopAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.True(File.Exists(Path.Combine(data, StorageRegistration.SqliteFileName)));
        Assert.True(File.Exists(Path.Combine(data, ConcertOptions.AuditLogFileName)));
        Assert.True(File.Exists(Path.Combine(data, Security.SigningKeyFile.FileName)));
        string printed = announcements.ToString();
        Assert.Contains("administrator account 'admin' with the one-time password: ", printed, StringComparison.Ordinal);
        foreach (Security.AccountSeed user in ExerciseData.Users)
        {
            Assert.Contains($"Exercise user {user.UserName}", printed, StringComparison.Ordinal);
        }

        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public void Without_flags_nothing_overrides_the_configuration()
    {
        Assert.Empty(ServeCommand.HostArguments(null, null, exercise: false));
    }
}
