using System.Text;
using Spectre.Console;

namespace Concert.Commands;

/// <summary>
/// Where a command writes: a byte stream for its data, a writer for messages, and whether a person is watching each.
/// The process's console in production; memory streams in tests.
/// </summary>
/// <param name="Output">Standard output, for data (buffered by the command).</param>
/// <param name="Error">Standard error, for messages and summaries.</param>
/// <param name="OutputIsTerminal">True when standard output is a terminal rather than a file or pipe.</param>
/// <param name="ErrorIsTerminal">True when standard error is a terminal: progress and tables go there.</param>
internal sealed record CommandConsole(Stream Output, TextWriter Error, bool OutputIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>Spectre's view of <see cref="Error"/>, for progress bars and tables.</summary>
    public IAnsiConsole ErrorAnsi { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Error),
        Interactive = ErrorIsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
        Ansi = ErrorIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
    });

    /// <summary>The process's standard output and error.</summary>
    public static CommandConsole FromSystem() => new(
        Console.OpenStandardOutput(),
        new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true },
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected);
}
