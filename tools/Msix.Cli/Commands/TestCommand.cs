using System.CommandLine;
using System.Globalization;
using Msix.Cli.Processes;
using Msix.DevStack;

namespace Msix.Cli.Commands;

/// <summary>
/// msix test: installs what the tests need from the repository's own files, builds the solution, runs
/// every test project, and ends with "N passed, N failed" over all of them. Fails when any test failed,
/// when a project did not report, or when no test ran.
/// </summary>
internal static class TestCommand
{
    public static Command Create()
    {
        var command = new Command("test", "Run every test (unit, integration, HTTP); ends with \"N passed, N failed\".");
        command.SetAction((_, cancellationToken) => RunAsync(cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        await NodePackages.EnsureInstalledAsync(root, Console.Out, cancellationToken);
        await DotnetTools.EnsureRestoredAsync(root, Console.Out, cancellationToken);

        Console.WriteLine("Building the solution ...");
        if (await ChildProcess.RunAsync("dotnet", ["build", Path.Combine(root, "MsixFunctions.sln"), "--nologo", "-v", "q", "-clp:ErrorsOnly;Summary"], root, cancellationToken) != 0)
        {
            Console.Error.WriteLine("msix test: the solution did not build.");
            Console.WriteLine("0 passed, 0 failed");
            return 1;
        }

        var results = Path.Combine(root, ".build", "test-results");
        if (Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true);
        }

        var projects = Directory.GetFiles(Path.Combine(root, "tests"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        int passed = 0, failed = 0, skipped = 0;
        var incomplete = new List<string>();
        foreach (var project in projects)
        {
            var name = Path.GetFileNameWithoutExtension(project);
            Console.WriteLine($"Testing {name} ...");
            var trx = Path.Combine(results, name + ".trx");
            var exit = await ChildProcess.RunAsync(
                "dotnet",
                ["test", project, "--no-build", "--nologo", "--results-directory", results, "--logger", $"trx;LogFileName={name}.trx", "--logger", "console;verbosity=minimal"],
                root,
                cancellationToken);
            if (!File.Exists(trx))
            {
                incomplete.Add($"{name} (exit code {exit}, no results)");
                continue;
            }

            var summary = TestResultSummary.Read(trx);
            passed += summary.Passed;
            failed += summary.Failed;
            skipped += summary.Skipped;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: {summary.Passed} passed, {summary.Failed} failed, {summary.Skipped} skipped"));
            if (exit != 0 && summary.Failed == 0)
            {
                incomplete.Add($"{name} (exit code {exit})");
            }
        }

        foreach (var problem in incomplete)
        {
            Console.Error.WriteLine($"msix test: {problem} did not complete.");
        }

        if (passed + failed == 0)
        {
            Console.Error.WriteLine("msix test: no test ran.");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed"));
        return failed == 0 && passed > 0 && incomplete.Count == 0 ? 0 : 1;
    }
}
