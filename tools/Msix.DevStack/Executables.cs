namespace Msix.DevStack;

/// <summary>Finds the programs the local services need, with a plain message when one is missing.</summary>
public static class Executables
{
    /// <summary>The full path of <paramref name="name"/> on PATH, or null when it is not there.</summary>
    public static string? FindOnPath(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        string[] suffixes = OperatingSystem.IsWindows() ? [".exe", ".cmd", ".bat", string.Empty] : [string.Empty];
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var suffix in suffixes)
            {
                var candidate = Path.Combine(directory, name + suffix);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Node.js, which runs Azurite and cosmosdb-server.</summary>
    public static string Node() =>
        FindOnPath("node")
        ?? throw new DevStackException("node is not installed (no 'node' on PATH): install Node.js 20 or later, which runs Azurite and cosmosdb-server.");

    /// <summary>npm, which installs the emulators from package-lock.json.</summary>
    public static string Npm() =>
        FindOnPath("npm")
        ?? throw new DevStackException("npm is not installed (no 'npm' on PATH): install Node.js 20 or later with npm, which installs the emulators.");

    /// <summary>The .NET host: the one running this program when it is dotnet, else the one on PATH.</summary>
    public static string Dotnet()
    {
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath;
        }

        var processPath = Environment.ProcessPath;
        if (processPath is not null && Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return processPath;
        }

        return FindOnPath("dotnet")
            ?? throw new DevStackException("dotnet is not installed (no 'dotnet' on PATH): install the .NET 10 SDK.");
    }
}
