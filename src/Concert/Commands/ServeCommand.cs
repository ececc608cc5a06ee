using System.CommandLine;
using Concert.Hosting;

namespace Concert.Commands;

/// <summary><c>concert serve [--urls URLS] [--data DIR] [--exercise]</c>: runs the web host until stopped.</summary>
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
        var command = new Command("serve", "Run the Concert web host: API, web app, sign-in.") { urls, data, exercise };
        command.SetAction(async (parse, cancel) =>
        {
            List<string> args = [];
            if (parse.GetValue(urls) is { } addresses)
            {
                args.Add($"--urls={addresses}");
            }

            if (parse.GetValue(data) is { } folder)
            {
                args.Add($"--{ConcertOptions.Section}:{nameof(ConcertOptions.DataDirectory)}={folder}");
            }

            if (parse.GetValue(exercise))
            {
                args.Add($"--{ConcertOptions.Section}:{nameof(ConcertOptions.Exercise)}=true");
            }

            await using WebApplication app = ConcertHost.Build([.. args], console.Error);
            IReadOnlyList<string> listening = await ConcertHost.StartAsync(app, cancel);
            await console.Error.WriteLineAsync($"Concert is listening on {string.Join(", ", listening)}");
            await app.WaitForShutdownAsync(cancel);
            return 0;
        });
        return command;
    }
}
