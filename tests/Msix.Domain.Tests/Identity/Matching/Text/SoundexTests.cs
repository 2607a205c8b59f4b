using Msix.Domain.Identity.Matching.Text;

namespace Msix.Domain.Tests.Identity.Matching.Text;

public sealed class SoundexTests
{
    [Theory]
    [InlineData("robert", "R163")]
    [InlineData("rupert", "R163")]
    [InlineData("rubin", "R150")]
    [InlineData("ashcraft", "A261")]
    [InlineData("ashcroft", "A261")]
    [InlineData("tymczak", "T522")]
    [InlineData("pfister", "P236")]
    [InlineData("honeyman", "H555")]
    [InlineData("lee", "L000")]
    [InlineData("a", "A000")]
    [InlineData("gutierrez", "G362")]
    [InlineData("hernandez", "H655")]
    [InlineData("de la cruz", "D426")]
    [InlineData("JACKSON", "J250")]
    public void Known_codes(string folded, string expected) =>
        Assert.Equal(expected, Soundex.Encode(folded));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("123")]
    public void No_letter_gives_empty(string folded) =>
        Assert.Equal("", Soundex.Encode(folded));
}
