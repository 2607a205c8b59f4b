using Msix.Api.Access;

namespace Msix.Cli.Stack;

/// <summary>
/// The development signing key of the local stack, kept in <c>.msix/dev-signing-key</c> (not in the
/// repository): <c>./msix up</c> gives it to the local host, <c>./msix token</c> signs with it.
/// </summary>
internal static class DevelopmentKey
{
    public static string PathIn(string repositoryRoot) => Path.Combine(repositoryRoot, ".msix", "dev-signing-key");

    /// <summary>The machine's key, created on first use.</summary>
    public static string Ensure(string repositoryRoot)
    {
        var path = PathIn(repositoryRoot);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = DevelopmentTokens.NewSigningKey();
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
