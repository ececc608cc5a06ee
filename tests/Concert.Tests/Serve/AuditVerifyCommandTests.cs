using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Concert.Commands;

namespace Concert.Tests.Serve;

/// <summary><c>concert audit verify</c> over a log the real host wrote: intact proves it, any tamper names the entry.</summary>
public sealed class AuditVerifyCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter(CultureInfo.InvariantCulture);
        int exitCode = ConcertCommandLine.Create(new CommandConsole(output, error, false, false)).Parse(args).Invoke();
        return (exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    private static async Task<string> WriteLogAsync(string data)
    {
        await using ConcertTestHost host = await ConcertTestHost.StartAsync(ServeFixture.Start, dataDirectory: data);
        using HttpClient client = await host.SignInWithTokenAsync("jp.watch");
        await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/bulletins");
        await client.GetAsync("/api/v1/bulletins/1");
        await host.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { username = "jp.watch", password = "wrong" });
        string copy = Path.Combine(Path.GetTempPath(), "concert-audit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        File.Copy(host.AuditLogPath, Path.Combine(copy, "audit.jsonl"));
        return copy;
    }

    [Fact]
    public async Task An_untouched_log_verifies_and_exits_0()
    {
        string data = await WriteLogAsync(Path.Combine(Path.GetTempPath(), "concert-test-" + Guid.NewGuid().ToString("N")));
        (int exitCode, string output, _) = Run("audit", "verify", "--data", data);
        Assert.Equal(0, exitCode);
        Assert.Contains("Intact", output, StringComparison.Ordinal);
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Changing_one_character_of_an_entry_is_detected_and_the_entry_named()
    {
        string data = await WriteLogAsync(Path.Combine(Path.GetTempPath(), "concert-test-" + Guid.NewGuid().ToString("N")));
        string path = Path.Combine(data, "audit.jsonl");
        string[] lines = File.ReadAllLines(path);
        Assert.True(lines.Length >= 12, $"only {lines.Length} entries");
        // Turn the failed sign-in of entry 12 or later into a success, as someone covering tracks would.
        int target = Array.FindIndex(lines, line => line.Contains("\"outcome\":\"wrong-password\"", StringComparison.Ordinal));
        Assert.True(target >= 0);
        lines[target] = lines[target].Replace("\"outcome\":\"wrong-password\"", "\"outcome\":\"success\"", StringComparison.Ordinal);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");

        (int exitCode, string output, _) = Run("audit", "verify", "--data", data);
        Assert.Equal(AuditCommand.Broken, exitCode);
        Assert.Contains($"Entry {target + 1} is broken", output, StringComparison.Ordinal);
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Deleting_an_entry_is_detected()
    {
        string data = await WriteLogAsync(Path.Combine(Path.GetTempPath(), "concert-test-" + Guid.NewGuid().ToString("N")));
        string path = Path.Combine(data, "audit.jsonl");
        List<string> lines = [.. File.ReadAllLines(path)];
        lines.RemoveAt(3);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        (int exitCode, string output, _) = Run("audit", "verify", "--data", data);
        Assert.Equal(AuditCommand.Broken, exitCode);
        Assert.Contains("Entry 4 is broken", output, StringComparison.Ordinal);
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public void A_missing_log_exits_2_with_a_message()
    {
        (int exitCode, _, string error) = Run("audit", "verify", "--data", Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N")));
        Assert.Equal(AuditCommand.CannotOpen, exitCode);
        Assert.Contains("no audit log", error, StringComparison.Ordinal);
    }
}
