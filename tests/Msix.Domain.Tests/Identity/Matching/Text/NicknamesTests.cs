using Msix.Domain.Identity.Matching.Text;

namespace Msix.Domain.Tests.Identity.Matching.Text;

public sealed class NicknamesTests
{
    [Theory]
    [InlineData("bill", "william")]
    [InlineData("william", "liam")]
    [InlineData("billy", "will")]
    [InlineData("bob", "robert")]
    [InlineData("kate", "catherine")]
    [InlineData("kathy", "katherine")]
    [InlineData("pepe", "jose")]
    [InlineData("chepe", "pepe")]
    [InlineData("paco", "francisco")]
    [InlineData("pancho", "curro")]
    [InlineData("lupita", "guadalupe")]
    [InlineData("lupe", "lupita")]
    [InlineData("chuy", "jesus")]
    [InlineData("nacho", "ignacio")]
    [InlineData("beto", "humberto")]
    [InlineData("tono", "antonio")]
    [InlineData("concha", "concepcion")]
    [InlineData("alex", "alejandro")]
    [InlineData("alex", "alexandra")]
    [InlineData("maria", "maria")]
    [InlineData("zzz", "zzz")]
    public void Related(string a, string b)
    {
        Assert.True(Nicknames.AreRelated(a, b));
        Assert.True(Nicknames.AreRelated(b, a));
    }

    [Theory]
    [InlineData("william", "robert")]
    [InlineData("bill", "bob")]
    [InlineData("alejandro", "alexander")]
    [InlineData("beto", "bob")]
    [InlineData("maria", "mario")]
    [InlineData("zzz", "yyy")]
    [InlineData("nena", "maria")]
    public void Not_related(string a, string b)
    {
        Assert.False(Nicknames.AreRelated(a, b));
        Assert.False(Nicknames.AreRelated(b, a));
    }

    [Fact]
    public void Formal_names_of_a_nickname_or_the_name_itself()
    {
        Assert.Equal(["william"], Nicknames.FormalNames("bill"));
        Assert.Equal(["alberto", "roberto", "humberto"], Nicknames.FormalNames("beto"));
        Assert.Equal(["francisco"], Nicknames.FormalNames("panchito"));
        Assert.Equal(["maria"], Nicknames.FormalNames("maria"));
        Assert.Equal(["xochitl"], Nicknames.FormalNames("xochitl"));
        Assert.Contains("katherine", Nicknames.FormalNames("kate"));
        Assert.Contains("catherine", Nicknames.FormalNames("kate"));
    }

    [Fact]
    public void The_table_is_large_folded_and_without_chains()
    {
        Assert.True(Nicknames.PairCount >= 150, $"{Nicknames.PairCount} pairs");
        foreach (var nickname in Nicknames.AllNicknames)
        {
            Assert.Equal(nickname, NameText.Fold(nickname));
            foreach (var formal in Nicknames.FormalNames(nickname))
            {
                Assert.Equal(formal, NameText.Fold(formal));
                Assert.False(Nicknames.IsNickname(formal), $"{formal} (formal of {nickname}) is also a nickname");
            }
        }
    }
}
