using System.CommandLine;

namespace Concert.Commands;

/// <summary>The <c>concert</c> command line: one root command and its verbs.</summary>
internal static class ConcertCommandLine
{
    /// <summary>Builds the root command, its verbs writing to <paramref name="console"/>.</summary>
    public static RootCommand Create(CommandConsole console) =>
        new("Concert: the shared maritime workspace of the Asia-Pacific security framework.")
        {
            DecodeCommand.Create(console),
            ServeCommand.Create(console),
            AuditCommand.Create(console),
            IngestCommand.Create(console),
            ExerciseCommand.Create(console),
            PlanCommand.Create(console),
        };
}
