namespace Msix.DevStack;

/// <summary>Finds the repository: the folder that holds MsixFunctions.sln.</summary>
public static class RepositoryRoot
{
    public const string SolutionFileName = "MsixFunctions.sln";

    /// <summary>
    /// Walks up from <paramref name="startDirectory"/> (by default the current directory, then the folder of
    /// the running program) to the first folder that holds the solution file.
    /// </summary>
    public static string Find(string? startDirectory = null)
    {
        var starts = startDirectory is not null
            ? [startDirectory]
            : new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory };
        foreach (var start in starts)
        {
            for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DevStackException(
            $"Could not find the repository: no folder above {string.Join(" or ", starts)} holds {SolutionFileName}. Run from inside the repository.");
    }
}
