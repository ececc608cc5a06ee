using System.CommandLine;
using Concert.Hosting;
using Concert.Sharing.Audit;

namespace Concert.Commands;

/// <summary><c>concert audit verify [--data DIR]</c>: proves the audit log's hash chain intact or names the first broken entry.</summary>
internal static class AuditCommand
{
    /// <summary>Exit code when the chain is broken.</summary>
    public const int Broken = 1;

    /// <summary>Exit code when there is no log to verify.</summary>
    public const int CannotOpen = 2;

    /// <summary>Builds the <c>audit</c> verb and its <c>verify</c> sub-verb.</summary>
    /// <param name="console">Where the result is written.</param>
    /// <returns>The command.</returns>
    public static Command Create(CommandConsole console)
    {
        var data = new Option<string>("--data")
        {
            Description = "The data folder holding the audit log (default ./concert-data).",
            DefaultValueFactory = _ => new ConcertOptions().DataDirectory,
        };
        var verify = new Command("verify", "Check every entry's hash and its link to the previous entry.") { data };
        verify.SetAction(parse => Verify(parse.GetValue(data)!, console));
        return new Command("audit", "Work with the hash-chained audit log.") { verify };
    }

    /// <summary>Verifies the log in <paramref name="dataDirectory"/> and returns the exit code.</summary>
    /// <param name="dataDirectory">The data folder.</param>
    /// <param name="console">Where the result is written.</param>
    /// <returns>0 when intact, 1 when broken, 2 when there is no log.</returns>
    public static int Verify(string dataDirectory, CommandConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        string path = Path.Combine(Path.GetFullPath(dataDirectory), ConcertOptions.AuditLogFileName);
        if (!File.Exists(path))
        {
            console.Error.WriteLine($"concert audit verify: there is no audit log at {path}");
            return CannotOpen;
        }

        AuditVerification result = AuditLogVerifier.Verify(path);
        var output = new StreamWriter(console.Output, leaveOpen: true);
        output.WriteLine($"{path}: {result}");
        output.Flush();
        return result.IsIntact ? 0 : Broken;
    }
}
