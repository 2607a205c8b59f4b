using System.CommandLine;

namespace Msix.Cli.Commands;

/// <summary>msix bench ...: the benchmarks. Each ends with one line "RESULT key=value ...".</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Run a benchmark; its last line is RESULT key=value ...");
        command.Subcommands.Add(BenchIngestCommand.Create());
        command.Subcommands.Add(BenchMatchCommand.Create());
        command.Subcommands.Add(BenchApiCommand.Create());
        command.Subcommands.Add(BenchNotifyCommand.Create());
        command.Subcommands.Add(BenchReportsCommand.Create());
        return command;
    }
}
