using System.Diagnostics;
using System.Reflection;

namespace Msix.Integration.Tests.Bicep;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (referenced by this project, nothing of
/// it copied to the output): found in the package folder restore recorded at build time (BicepPackageFolder), else
/// in the NuGet global packages folder (NUGET_PACKAGES, or ~/.nuget/packages), at tools/bicep.
/// </summary>
internal static class BicepCli
{
    private const string PackageId = "azure.bicep.commandline.linux-x64";

    private static readonly Lazy<string> PathValue = new(Find);

    public static string Path => PathValue.Value;

    /// <summary>Runs the CLI with <paramref name="arguments"/>; returns its exit code and everything it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Offline: no telemetry, no version check; the resource types ship inside the CLI.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Path}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    private static string Find()
    {
        var recorded = typeof(BicepCli).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BicepPackageFolder")?.Value;
        var version = typeof(BicepCli).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "BicepPackageVersion")?.Value;
        var packagesFolder = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(recorded))
        {
            candidates.Add(recorded);
        }

        if (!string.IsNullOrEmpty(version))
        {
            candidates.Add(System.IO.Path.Combine(packagesFolder, PackageId, version));
        }

        foreach (var folder in candidates)
        {
            var path = System.IO.Path.Combine(folder, "tools", "bicep");
            if (File.Exists(path))
            {
                EnsureExecutable(path);
                return path;
            }
        }

        throw new InvalidOperationException(
            $"The Bicep CLI was not found in {string.Join(" or ", candidates)}: restore tests/Msix.Integration.Tests (it references the package {PackageId}).");
    }

    private static void EnsureExecutable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }
    }
}
