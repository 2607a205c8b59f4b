namespace Msix.DevStack;

/// <summary>The repository's local .NET tools (smtp4dev), from .config/dotnet-tools.json.</summary>
public static class DotnetTools
{
    /// <summary>Runs 'dotnet tool restore' in the repository; quick when the tools are already there.</summary>
    /// <param name="progress">Where to say that a restore is running; null for silence.</param>
    public static async Task EnsureRestoredAsync(string repositoryRoot, TextWriter? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryRoot);
        var manifest = Path.Combine(repositoryRoot, ".config", "dotnet-tools.json");
        if (!File.Exists(manifest))
        {
            throw new DevStackException($"{manifest} is missing: the local .NET tools cannot be restored without it.");
        }

        progress?.WriteLine("Restoring the local .NET tools (dotnet tool restore) ...");
        var result = await CommandRunner.RunAsync(Executables.Dotnet(), ["tool", "restore"], repositoryRoot, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new DevStackException(
                $"'dotnet tool restore' failed in {repositoryRoot} (exit code {result.ExitCode}). Its last lines:{Environment.NewLine}{result.Tail()}");
        }
    }
}
