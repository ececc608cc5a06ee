using System.Globalization;
using System.CommandLine;
using Concert.Hosting;

namespace Concert.Commands;

/// <summary><c>concert serve [--urls URLS] [--data DIR] [--exercise [--speed N]]</c>: runs the web host until stopped.</summary>
internal static class ServeCommand
{
    /// <summary>Builds the <c>serve</c> verb.</summary>
    /// <param name="console">Where one-time passwords are printed.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandConsole console)
    {
        var urls = new Option<string?>("--urls") { Description = $"Addresses to listen on (default {ConcertHost.DefaultUrls})." };
        var data = new Option<string?>("--data") { Description = "The data folder (default ./concert-data)." };
        var exercise = new Option<bool>("--exercise") { Description = "Seed demo users of several nations and labelled demo records." };
        var speed = new Option<double?>("--speed") { Description = "With --exercise: simulated seconds per real second (default 1)." };
        var command = new Command("serve", "Run the Concert web host: API, web app, sign-in.") { urls, data, exercise, speed };
        command.SetAction(async (parse, cancel) =>
        {
            string[] args = HostArguments(parse.GetValue(urls), parse.GetValue(data), parse.GetValue(exercise), parse.GetValue(speed));
            await using WebApplication app = ConcertHost.Build(args, console.Error);
            IReadOnlyList<string> listening = await ConcertHost.StartAsync(app, cancel);
            await console.Error.WriteLineAsync($"Concert is listening on {string.Join(", ", listening)}");
            await app.WaitForShutdownAsync(cancel);
            return 0;
        });
        return command;
    }

    /// <summary>The host's configuration arguments for the command's flags: they override appsettings.json.</summary>
    /// <param name="urls">--urls, or null.</param>
    /// <param name="data">--data, or null.</param>
    /// <param name="exercise">--exercise.</param>
    /// <param name="speed">--speed, or null.</param>
    /// <returns>Arguments for <see cref="ConcertHost.Build"/>.</returns>
    public static string[] HostArguments(string? urls, string? data, bool exercise, double? speed = null)
    {
        List<string> args = [];
        if (urls is not null)
        {
            args.Add($"--urls={urls}");
        }

        if (data is not null)
        {
            args.Add($"--{ConcertOptions.Section}:{nameof(ConcertOptions.DataDirectory)}={data}");
        }

        if (exercise)
        {
            args.Add($"--{ConcertOptions.Section}:{nameof(ConcertOptions.Exercise)}=true");
        }

        if (speed is { } factor)
        {
            args.Add(string.Create(CultureInfo.InvariantCulture, $"--{ConcertOptions.Section}:{nameof(ConcertOptions.ExerciseSpeed)}={factor}"));
        }

        return [.. args];
    }
}
