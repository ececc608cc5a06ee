namespace Concert.Hosting;

/// <summary>Where the host prints what an operator must see once at start (one-time passwords): the console, not
/// the logs, so passwords do not end up in log files.</summary>
/// <param name="Writer">The writer.</param>
internal sealed record StartupAnnouncements(TextWriter Writer);
