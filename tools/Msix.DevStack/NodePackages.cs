using System.Security.Cryptography;

namespace Msix.DevStack;

/// <summary>
/// The emulators' npm packages (Azurite, cosmosdb-server and the patch applied to it), installed in the
/// repository's node_modules exactly as package-lock.json and patches/ say.
/// </summary>
public static class NodePackages
{
    /// <summary>The marker in node_modules: the hash of the package-lock.json and patches it was installed from.</summary>
    public const string MarkerFileName = ".msix-install.sha256";

    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Runs 'npm ci' in the repository when node_modules is missing or was installed from another
    /// package-lock.json or other patches; does nothing otherwise.
    /// </summary>
    /// <param name="progress">Where to say that an install is running; null for silence.</param>
    public static async Task EnsureInstalledAsync(string repositoryRoot, TextWriter? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(repositoryRoot);
        var hash = await ComputeInstallHashAsync(repositoryRoot, cancellationToken);
        if (IsInstalled(repositoryRoot, hash))
        {
            return;
        }

        var npm = Executables.Npm();
        Executables.Node();

        // Two programs (the command line and a test run, say) must not install at the same time.
        var lockFolder = Path.Combine(repositoryRoot, ".msix");
        Directory.CreateDirectory(lockFolder);
        await using var installLock = await AcquireLockAsync(Path.Combine(lockFolder, "npm-install.lock"), cancellationToken);
        if (IsInstalled(repositoryRoot, hash))
        {
            return;
        }

        progress?.WriteLine("Installing the emulators' npm packages (npm ci) ...");
        var result = await CommandRunner.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], repositoryRoot, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new DevStackException(
                $"'npm ci' failed in {repositoryRoot} (exit code {result.ExitCode}). Its last lines:{Environment.NewLine}{result.Tail()}");
        }

        var modules = Path.Combine(repositoryRoot, "node_modules");
        Directory.CreateDirectory(modules);
        await File.WriteAllTextAsync(Path.Combine(modules, MarkerFileName), hash, cancellationToken);
    }

    /// <summary>True when node_modules was installed from the current package-lock.json and patches.</summary>
    public static bool IsInstalled(string repositoryRoot, string installHash)
    {
        var marker = Path.Combine(repositoryRoot, "node_modules", MarkerFileName);
        return File.Exists(marker) && string.Equals(File.ReadAllText(marker).Trim(), installHash, StringComparison.Ordinal);
    }

    /// <summary>A hash of package-lock.json and every file under patches/: what an install depends on.</summary>
    public static async Task<string> ComputeInstallHashAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var lockFile = Path.Combine(repositoryRoot, "package-lock.json");
        if (!File.Exists(lockFile))
        {
            throw new DevStackException($"{lockFile} is missing: the emulators cannot be installed without it.");
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await AppendFileAsync(hash, "package-lock.json", lockFile, cancellationToken);
        var patches = Path.Combine(repositoryRoot, "patches");
        if (Directory.Exists(patches))
        {
            foreach (var patch in Directory.GetFiles(patches, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                await AppendFileAsync(hash, Path.GetRelativePath(repositoryRoot, patch).Replace('\\', '/'), patch, cancellationToken);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static async Task AppendFileAsync(IncrementalHash hash, string name, string path, CancellationToken cancellationToken)
    {
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
        hash.AppendData(await File.ReadAllBytesAsync(path, cancellationToken));
        hash.AppendData("\n"u8);
    }

    private static async Task<FileStream> AcquireLockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + LockWait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        }
    }
}
