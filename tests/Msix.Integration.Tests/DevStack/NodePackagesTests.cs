using Msix.DevStack;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.DevStack;

public sealed class NodePackagesTests
{
    private const string PackageJson = """{ "name": "probe", "version": "1.0.0", "private": true }""";

    private const string PackageLock = """
        {
          "name": "probe",
          "version": "1.0.0",
          "lockfileVersion": 3,
          "requires": true,
          "packages": { "": { "name": "probe", "version": "1.0.0" } }
        }
        """;

    [Fact]
    public async Task Installs_once_then_again_only_when_the_lock_file_or_a_patch_changes()
    {
        var ct = TestContext.Current.CancellationToken;
        using var repository = new TemporaryFolder();
        await File.WriteAllTextAsync(Path.Combine(repository.Path, "package.json"), PackageJson, ct);
        await File.WriteAllTextAsync(Path.Combine(repository.Path, "package-lock.json"), PackageLock, ct);
        var marker = Path.Combine(repository.Path, "node_modules", NodePackages.MarkerFileName);

        await NodePackages.EnsureInstalledAsync(repository.Path, progress: null, ct);
        var firstHash = await File.ReadAllTextAsync(marker, ct);
        var installed = File.GetLastWriteTimeUtc(marker);

        await NodePackages.EnsureInstalledAsync(repository.Path, progress: null, ct);
        Assert.Equal(installed, File.GetLastWriteTimeUtc(marker));

        Directory.CreateDirectory(Path.Combine(repository.Path, "patches"));
        await File.WriteAllTextAsync(Path.Combine(repository.Path, "patches", "probe+1.0.0.patch"), "changed", ct);
        using var progress = new StringWriter();
        await NodePackages.EnsureInstalledAsync(repository.Path, progress, ct);

        Assert.NotEqual(firstHash, await File.ReadAllTextAsync(marker, ct));
        Assert.Contains("npm ci", progress.ToString(), StringComparison.Ordinal);
        Assert.True(NodePackages.IsInstalled(repository.Path, await NodePackages.ComputeInstallHashAsync(repository.Path, ct)));
    }

    [Fact]
    public async Task A_failed_install_reports_npms_own_words()
    {
        var ct = TestContext.Current.CancellationToken;
        using var repository = new TemporaryFolder();
        await File.WriteAllTextAsync(Path.Combine(repository.Path, "package.json"), PackageJson, ct);
        await File.WriteAllTextAsync(Path.Combine(repository.Path, "package-lock.json"), "{ not json", ct);

        var error = await Assert.ThrowsAsync<DevStackException>(() => NodePackages.EnsureInstalledAsync(repository.Path, progress: null, ct));

        Assert.Contains("'npm ci' failed", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(repository.Path, "node_modules", NodePackages.MarkerFileName)));
    }

    [Fact]
    public async Task The_repositorys_emulators_are_installed_from_its_own_lock_file()
    {
        var ct = TestContext.Current.CancellationToken;
        var hash = await NodePackages.ComputeInstallHashAsync(TestRepository.Root, ct);

        Assert.True(NodePackages.IsInstalled(TestRepository.Root, hash));
        Assert.True(File.Exists(Path.Combine(TestRepository.Root, "node_modules", "azurite", "package.json")));
    }
}
