using System.Runtime.CompilerServices;

namespace Msix.Domain.Tests.Format;

/// <summary>Finds files of the repository from a test, wherever the test's build output lives.</summary>
internal static class RepositoryFiles
{
    private const string Marker = "MsixFunctions.sln";

    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile), Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = start is null ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, Marker)))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException($"The repository root ({Marker}) was not found above the test's source or output.");
    }
}
