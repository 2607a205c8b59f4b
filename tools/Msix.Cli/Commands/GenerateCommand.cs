using System.CommandLine;
using System.Globalization;
using Msix.Domain.Submissions.Writing;
using Msix.Synthetic;

namespace Msix.Cli.Commands;

/// <summary>msix generate: seeded synthetic submissions, one file per State, with the truth of who is who.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var children = new Option<int>("--children") { Description = "How many children (true persons).", DefaultValueFactory = _ => 300 };
        var states = new Option<string>("--states") { Description = "The States, comma-separated.", DefaultValueFactory = _ => string.Join(',', SyntheticOptions.DefaultStates) };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed and options give the same files.", DefaultValueFactory = _ => 7 };
        var format = new Option<string>("--format") { Description = "jsonl (JSON Lines) or csv (a zip of CSV files).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var output = new Option<string>("--out") { Description = "The folder to write into.", DefaultValueFactory = _ => Path.Combine(".msix", "generated") };
        var today = new Option<string?>("--today") { Description = "The date the data is as of (yyyy-MM-dd); the generator's fixed date by default, so output repeats." };
        var command = new Command("generate", "Write synthetic migrant-student submissions with known truth (truth.csv).")
        {
            children, states, seed, format, output, today,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new SyntheticOptions(
                parse.GetValue(seed),
                parse.GetValue(children),
                parse.GetValue(states)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToUpperInvariant()).ToList());
            if (parse.GetValue(today) is { } date)
            {
                options = options with { Today = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) };
            }

            var kind = parse.GetValue(format) == "csv" ? SubmissionFormatKind.CsvZip : SubmissionFormatKind.JsonLines;
            var folder = Path.GetFullPath(parse.GetValue(output)!, Directory.GetCurrentDirectory());
            var summary = await SyntheticSubmissionSet.WriteAsync(options, folder, kind, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summary.Children} children, {summary.Records} State records, {summary.Rows} rows; {summary.Movers} moved between States, {summary.Twins} twins."));
            foreach (var file in summary.Files)
            {
                Console.WriteLine($"  {file}");
            }

            Console.WriteLine($"  {summary.TruthFile}  (State, StateStudentId, TruthId)");
            return 0;
        });
        return command;
    }
}
