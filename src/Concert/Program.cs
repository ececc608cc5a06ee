using Concert.Commands;

return ConcertCommandLine.Create(CommandConsole.FromSystem()).Parse(args).Invoke();
