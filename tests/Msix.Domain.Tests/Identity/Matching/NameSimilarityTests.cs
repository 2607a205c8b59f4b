using Msix.Domain.Identity.Matching.Comparisons;
using Msix.Domain.Identity.Matching.Text;

namespace Msix.Domain.Tests.Identity.Matching;

public sealed class NameSimilarityTests
{
    // More pairs than the memory has slots, so pairs share slots and one pair's answer must never be taken for another's.
    private static readonly string[] Names =
    [
        .. Nicknames.AllNicknames.Take(200),
        .. new[] { "william", "robert", "katherine", "elizabeth", "jose", "maria", "garcia", "garica", "lopez", "hernandez" },
        .. Enumerable.Range(0, 100).Select(i => "name" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    [Fact]
    public void Remembered_answers_are_the_answers_of_the_names_asked_about()
    {
        for (var round = 0; round < 2; round++)
        {
            foreach (var a in Names)
            {
                foreach (var b in Names)
                {
                    Assert.Equal(Nicknames.AreRelated(a, b), NameSimilarity.AreNicknames(a, b));
                    var similarity = JaroWinkler.Similarity(a, b);
                    var remembered = NameSimilarity.JaroWinkler(a, b);
                    if (similarity >= NameSimilarity.Floor)
                    {
                        Assert.Equal(similarity, remembered);
                    }
                    else
                    {
                        Assert.True(remembered < NameSimilarity.Floor, $"{a}/{b}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Equal_names_held_in_different_strings_get_the_same_answer()
    {
        var a = new string("katherine".AsSpan());
        var b = new string("katherine".AsSpan());

        Assert.Equal(NameSimilarity.JaroWinkler("kate", a), NameSimilarity.JaroWinkler("kate", b));
        Assert.True(NameSimilarity.AreNicknames("kate", a));
        Assert.True(NameSimilarity.AreNicknames("kate", b));
        Assert.False(NameSimilarity.AreNicknames("bill", b));
    }
}
