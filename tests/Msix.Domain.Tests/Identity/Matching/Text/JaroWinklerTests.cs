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
}
