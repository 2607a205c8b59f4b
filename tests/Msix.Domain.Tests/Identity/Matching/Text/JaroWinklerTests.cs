using Msix.Domain.Identity.Matching.Text;

namespace Msix.Domain.Tests.Identity.Matching.Text;

public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.9611)]
    [InlineData("DWAYNE", "DUANE", 0.84)]
    [InlineData("DIXON", "DICKSONX", 0.8133)]
    [InlineData("JELLYFISH", "SMELLYFISH", 0.8963)]
    [InlineData("martha", "marhta", 0.9611)]
    public void Known_values(string a, string b, double expected)
    {
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 4);
        Assert.Equal(expected, JaroWinkler.Similarity(b, a), 4);
    }

    [Theory]
    [InlineData("", "", 1.0)]
    [InlineData("", "a", 0.0)]
    [InlineData("a", "", 0.0)]
    [InlineData("a", "a", 1.0)]
    [InlineData("a", "b", 0.0)]
    [InlineData("abc", "xyz", 0.0)]
    [InlineData("hernandez", "hernandez", 1.0)]
    public void Edge_cases(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 10);

    [Fact]
    public void The_prefix_raises_only_above_the_threshold()
    {
        // Jaro of DIXON/DICKSONX is 0.7667: above 0.7, so the common prefix DI raises it.
        Assert.Equal(0.7667, JaroWinkler.Jaro("DIXON", "DICKSONX"), 4);
        Assert.True(JaroWinkler.Similarity("DIXON", "DICKSONX") > JaroWinkler.Jaro("DIXON", "DICKSONX"));

        // Jaro of ab/ac is 0.6667: not raised, though they share a prefix.
        Assert.Equal(JaroWinkler.Jaro("ab", "ac"), JaroWinkler.Similarity("ab", "ac"));
    }

    [Fact]
    public void Long_strings_use_the_heap_and_agree()
    {
        var a = string.Concat(Enumerable.Repeat("garcia", 100));
        var b = string.Concat(Enumerable.Repeat("garica", 100));
        var similarity = JaroWinkler.Similarity(a, b);
        Assert.InRange(similarity, 0.9, 1.0);
        Assert.Equal(1.0, JaroWinkler.Similarity(a, a));
    }

    [Theory]
    [InlineData(0.70)]
    [InlineData(0.50)]
    public void The_bounded_similarity_is_the_similarity_at_or_above_its_floor_and_below_it_otherwise(double floor)
    {
        var pairs = 0;
        foreach (var a in Names)
        {
            foreach (var b in Names)
            {
                var exact = JaroWinkler.Similarity(a, b);
                var bounded = JaroWinkler.SimilarityAtLeast(a, b, floor);
                if (exact >= floor)
                {
                    Assert.Equal(exact, bounded);
                    pairs++;
                }
                else
                {
                    Assert.True(bounded < floor, $"{a}/{b}: {bounded} is not below {floor}");
                }
            }
        }

        Assert.True(pairs > Names.Length, "some pairs of different names must reach the floor");
    }

    [Fact]
    public void Names_that_share_too_few_letters_are_ruled_out_by_the_bound()
    {
        // Of garcialopez, only a, r, i, a, e and z are in hernandezruiz: at most 6 matches bound Jaro by 0.67.
        var bounded = JaroWinkler.SimilarityAtLeast("garcialopez", "hernandezruiz", 0.70);

        Assert.NotEqual(JaroWinkler.Similarity("garcialopez", "hernandezruiz"), bounded);
        Assert.True(bounded < 0.70);
    }

    [Fact]
    public void A_floor_the_prefix_could_cross_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JaroWinkler.SimilarityAtLeast("maria", "mario", 0.80));

    /// <summary>Names with typos, nicknames, swaps and strangers, as the comparisons meet them.</summary>
    private static readonly string[] Names =
    [
        "maria", "mario", "marai", "mariajose", "marisol", "jose", "josue", "joseph", "juan", "juana", "guadalupe",
        "lupita", "garcia", "garica", "gracia", "garcialopez", "lopezgarcia", "lopez", "hernandez", "hernandes",
        "fernandez", "martinez", "martines", "abdirahman", "abdi", "ahmed", "ahmad", "x", "xy", "dwayne", "duane",
        "dixon", "dicksonx", "jellyfish", "smellyfish", "nguyen", "nguyn", "tran", "pham", "le",
    ];
}
