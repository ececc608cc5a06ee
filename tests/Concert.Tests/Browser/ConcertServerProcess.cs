using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Concert.Tests.Browser;

/// <summary>
/// The real host as an operator starts it, <c>concert serve --exercise</c>, on a free loopback port with a fresh data
/// folder. It reads what the host prints once at start: the address it listens on and the one-time passwords of the
/// administrator and the exercise users, which exist nowhere else.
/// </summary>
public sealed partial class ConcertServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly StringBuilder _output = new();
    private readonly Dictionary<string, string> _passwords = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ConcertServerProcess(Process process, string dataDirectory)
    {
        _process = process;
        _dataDirectory = dataDirectory;
    }

    /// <summary>The address the host listens on, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Starts the host and waits until it listens.</summary>
    /// <returns>The running host.</returns>
    public static async Task<ConcertServerProcess> StartAsync()
    {
        string data = Directory.CreateTempSubdirectory("concert-browser-").FullName;
        // dotnet test names the muxer it runs under; outside it, the one on the PATH.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = data,
        };
        foreach (string argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "concert.dll"), "serve", "--urls", "http://127.0.0.1:0", "--data", data, "--exercise",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var server = new ConcertServerProcess(new Process { StartInfo = start, EnableRaisingEvents = true }, data);
        server._process.OutputDataReceived += (_, line) => server.Read(line.Data);
        server._process.ErrorDataReceived += (_, line) => server.Read(line.Data);
        server._process.Exited += (_, _) => server._listening.TrySetException(
            new InvalidOperationException($"concert serve exited with {server._process.ExitCode} before listening:\n{server.Output}"));
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();

        try
        {
            server.Address = await server._listening.Task.WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            await server.DisposeAsync();
            throw new TimeoutException($"concert serve did not listen within {StartTimeout}:\n{server.Output}");
        }

        return server;
    }

    /// <summary>The one-time password the host printed for a user.</summary>
    /// <param name="userName">The user name, e.g. "jp.watch" or "admin".</param>
    /// <returns>The password.</returns>
    public string PasswordOf(string userName)
    {
        lock (_passwords)
        {
            return _passwords.TryGetValue(userName, out string? password)
                ? password
                : throw new InvalidOperationException($"The host printed no password for {userName}:\n{Output}");
        }
    }

    /// <summary>Everything the host printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Stops the host and deletes its data folder.</summary>
    /// <returns>A task that completes when the host has exited.</returns>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ExerciseUserLine().Match(line) is { Success: true } exercise)
        {
            Remember(exercise.Groups["user"].Value, exercise.Groups["password"].Value);
        }
        else if (AdministratorLine().Match(line) is { Success: true } administrator)
        {
            Remember(administrator.Groups["user"].Value, administrator.Groups["password"].Value);
        }
        else if (ListeningLine().Match(line) is { Success: true } address)
        {
            _listening.TrySetResult(new Uri(address.Groups["address"].Value.TrimEnd('/') + "/"));
        }
    }

    private void Remember(string userName, string password)
    {
        lock (_passwords)
        {
            _passwords[userName] = password;
        }
    }

    // The lines concert serve prints at start (Hosting/DatabaseInitializer.cs, Commands/ServeCommand.cs).
    [GeneratedRegex(@"^Exercise user (?<user>\S+) .* password: (?<password>\S+)$")]
    private static partial Regex ExerciseUserLine();

    [GeneratedRegex(@"^Created the administrator account '(?<user>[^']+)' with the one-time password: (?<password>\S+)$")]
    private static partial Regex AdministratorLine();

    [GeneratedRegex(@"^Concert is listening on (?<address>http://\S+?)(,|$)")]
    private static partial Regex ListeningLine();
}
