using Msix.Domain.Identity.Matching.Text;

namespace Msix.Domain.Tests.Identity.Matching.Text;

public sealed class AllocationTests
{
    [Fact]
    public void Comparators_do_not_allocate()
    {
        const string a = "maria de los angeles hernandez";
        const string b = "maria angeles ernandes";
        var sink = 0.0;
        for (var warmUp = 0; warmUp < 2; warmUp++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
            {
                sink += JaroWinkler.Similarity(a, b);
                sink += DamerauLevenshtein.Distance(a, b);
                sink += DamerauLevenshtein.WithinOne("gonzalez", "gonzales") ? 1 : 0;
                sink += Nicknames.AreRelated("pepe", "jose") ? 1 : 0;
                sink += Initials.IsInitialOf("j", "juan") ? 1 : 0;
                sink += NameText.Fold("garcia lopez").Length;
            }

            if (warmUp == 1)
            {
                Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }

        Assert.True(sink > 0);
    }
}
