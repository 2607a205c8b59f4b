using System.Reflection;
using Msix.DevStack;

namespace Msix.Integration.Tests.Infrastructure;

/// <summary>The repository these tests were built from, where the emulators are installed.</summary>
public static class TestRepository
{
    private static readonly Lazy<string> RootValue = new(FindRoot);

    public static string Root => RootValue.Value;

    private static string FindRoot()
    {
        var built = typeof(TestRepository).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "MsixRepositoryRoot")?.Value;
        return RepositoryRoot.Find(built is not null && Directory.Exists(built) ? built : null);
    }
}
