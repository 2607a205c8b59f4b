using Msix.DevStack;
using Msix.Integration.Tests.Infrastructure;

namespace Msix.Integration.Tests.DevStack;

public sealed class RepositoryRootTests
{
    [Fact]
    public void Walks_up_from_a_subfolder_to_the_folder_with_the_solution()
    {
        var root = RepositoryRoot.Find(Path.Combine(TestRepository.Root, "tools", "emulators"));

        Assert.Equal(TestRepository.Root, root);
        Assert.True(File.Exists(Path.Combine(root, RepositoryRoot.SolutionFileName)));
    }

    [Fact]
    public void Outside_any_repository_the_message_says_so()
    {
        var outside = Directory.CreateTempSubdirectory("msix-no-repo-");
        try
        {
            var error = Assert.Throws<DevStackException>(() => RepositoryRoot.Find(outside.FullName));

            Assert.Contains("MsixFunctions.sln", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }
}
