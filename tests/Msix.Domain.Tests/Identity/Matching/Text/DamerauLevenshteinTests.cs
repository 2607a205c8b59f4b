using Msix.Domain.Identity.Matching.Text;

namespace Msix.Domain.Tests.Identity.Matching.Text;

public sealed class DamerauLevenshteinTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("a", "a", 0)]
    [InlineData("a", "b", 1)]
    [InlineData("martha", "marhta", 1)]
    [InlineData("jose", "joes", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    [InlineData("hernandez", "fernandes", 2)]
    [InlineData("gonzalez", "gonzales", 1)]
    [InlineData("abcdef", "badcfe", 3)]
    public void Distance_is_the_optimal_string_alignment(string a, string b, int expected)
    {
        Assert.Equal(expected, DamerauLevenshtein.Distance(a, b));
        Assert.Equal(expected, DamerauLevenshtein.Distance(b, a));
    }

    [Theory]
    [InlineData("", "", true)]
    [InlineData("", "a", true)]
    [InlineData("", "ab", false)]
    [InlineData("a", "b", true)]
    [InlineData("juan", "juan", true)]
    [InlineData("juan", "jaun", true)]
    [InlineData("juan", "jua", true)]
    [InlineData("juan", "xjuan", true)]
    [InlineData("juan", "jusn", true)]
    [InlineData("juan", "nauj", false)]
    [InlineData("juan", "ju", false)]
    [InlineData("abcd", "bacd", true)]
    [InlineData("abcd", "badc", false)]
    [InlineData("abc", "cab", false)]
    public void WithinOne_is_distance_at_most_one(string a, string b, bool expected)
    {
        Assert.Equal(expected, DamerauLevenshtein.WithinOne(a, b));
        Assert.Equal(expected, DamerauLevenshtein.WithinOne(b, a));
    }

    [Fact]
    public void Agrees_with_the_full_table_on_random_strings()
    {
        var random = new Random(20240601);
        for (var n = 0; n < 5000; n++)
        {
            var a = RandomWord(random);
            var b = random.Next(3) == 0 ? Mutate(a, random) : RandomWord(random);
            var expected = Reference(a, b);
            Assert.True(expected == DamerauLevenshtein.Distance(a, b), $"{a} / {b}");
            Assert.True((expected <= 1) == DamerauLevenshtein.WithinOne(a, b), $"{a} / {b}");
        }
    }

    [Fact]
    public void Long_strings_use_the_heap_and_agree()
    {
        var a = string.Concat(Enumerable.Repeat("abc", 200));
        var b = "x" + a[1..^1] + "y";
        Assert.Equal(2, DamerauLevenshtein.Distance(a, b));
        Assert.Equal(Reference(a[..300] + "q", "q" + a[..300]), DamerauLevenshtein.Distance(a[..300] + "q", "q" + a[..300]));
    }

    private static string RandomWord(Random random)
    {
        var chars = new char[random.Next(0, 8)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)('a' + random.Next(3));
        }

        return new string(chars);
    }

    private static string Mutate(string word, Random random)
    {
        if (word.Length < 2)
        {
            return word + "a";
        }

        var i = random.Next(word.Length - 1);
        return random.Next(4) switch
        {
            0 => word.Remove(i, 1),
            1 => word.Insert(i, "c"),
            2 => string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2)),
            _ => string.Concat(word.AsSpan(0, i), "b", word.AsSpan(i + 1)),
        };
    }

    // The textbook full-table optimal string alignment distance.
    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
