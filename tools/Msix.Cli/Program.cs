using System.CommandLine;
using Msix.Cli.Commands;

var root = new RootCommand("MSIX on Azure Functions: the Migrant Student Information Exchange's command-line tool.");
root.Subcommands.Add(UpCommand.Create());
root.Subcommands.Add(TestCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
root.Subcommands.Add(TokenCommand.Create());
root.Subcommands.Add(NoticesCommand.Create());
root.Subcommands.Add(ReportsCommand.Create());
// Ctrl-C cancels the running command, which then stops everything it started before the process ends.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(60) });
