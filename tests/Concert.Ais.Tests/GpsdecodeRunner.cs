using System.Diagnostics;

namespace Concert.Ais.Tests;

/// <summary>Runs the installed gpsd 3.22 <c>gpsdecode</c> as an oracle: sentences in, JSON lines out.</summary>
public static class GpsdecodeRunner
{
    /// <summary>Where Debian installs gpsdecode.</summary>
    public const string Path = "/usr/bin/gpsdecode";

    /// <summary>True when gpsdecode is installed; live-oracle tests skip otherwise.</summary>
    public static bool IsInstalled => File.Exists(Path);

    /// <summary>The message shown when a live-oracle test is skipped.</summary>
    public const string SkipReason = "gpsdecode (gpsd 3.22) is not installed at /usr/bin/gpsdecode; the live-oracle comparison cannot run.";

    /// <summary>Feeds <paramref name="sentences"/> to gpsdecode with <paramref name="arguments"/> and returns its JSON lines.</summary>
    public static IReadOnlyList<string> Run(string arguments, IEnumerable<string> sentences)
    {
        var start = new ProcessStartInfo(Path, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("gpsdecode did not start.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        foreach (string sentence in sentences)
        {
            process.StandardInput.Write(sentence + "\n");
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            throw new TimeoutException("gpsdecode did not finish within 60 s.");
        }
        _ = errors.Result;
        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
    }
}
