using Msix.Domain.Identity.Matching.Text;

namespace Msix.Domain.Tests.Identity.Matching.Text;

public sealed class NameTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("-'.", "")]
    [InlineData("a", "a")]
    [InlineData("José", "jose")]
    [InlineData("Muñoz", "munoz")]
    [InlineData("ÑANDÚ", "nandu")]
    [InlineData("Müller", "muller")]
    [InlineData("García-López", "garcia lopez")]
    [InlineData("  Mary   Ann  ", "mary ann")]
    [InlineData("St. John, Jr.", "st john jr")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("D\u2019Angelo", "dangelo")]
    [InlineData("Jean--Luc", "jean luc")]
    [InlineData("Smith2", "smith")]
    [InlineData("Strauß", "strauss")]
    [InlineData("Søren Łukasz", "soren lukasz")]
    [InlineData("Ana\u00A0María", "ana maria")]
    [InlineData("Jose\u0301", "jose")]
    [InlineData("Иван Cruz", "cruz")]
    public void Fold_gives_the_comparison_form(string? value, string expected) =>
        Assert.Equal(expected, NameText.Fold(value));

    [Fact]
    public void Fold_returns_an_already_folded_value_itself()
    {
        const string folded = "maria de los angeles";
        Assert.Same(folded, NameText.Fold(folded));
    }

    [Fact]
    public void Fold_handles_long_values()
    {
        var longName = string.Concat(Enumerable.Repeat("Ángel-", 200));
        var folded = NameText.Fold(longName);
        Assert.Equal(string.Join(' ', Enumerable.Repeat("angel", 200)), folded);
        Assert.Equal(folded, NameText.Fold(longName.Replace("Á", "A", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("María de los Ángeles", "maria|angeles")]
    [InlineData("De La Cruz", "cruz")]
    [InlineData("del Ángel", "angel")]
    [InlineData("García-López", "garcia|lopez")]
    [InlineData("García y López", "garcia|lopez")]
    [InlineData("Silva e Souza", "silva|souza")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("D'Angelo", "dangelo")]
    [InlineData("Van der Berg", "berg")]
    [InlineData("dos Santos", "santos")]
    [InlineData("St. James", "james")]
    [InlineData("De", "de")]
    [InlineData("Y", "y")]
    [InlineData("Cruz de la", "cruz|de|la")]
    [InlineData("Y Lopez", "y|lopez")]
    [InlineData("Maria E", "maria|e")]
    [InlineData("Juan Carlos", "juan|carlos")]
    public void Tokens_are_the_words_without_particles(string? value, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), NameText.Tokens(value));

    [Theory]
    [InlineData(null, "")]
    [InlineData("De la Cruz", "cruz")]
    [InlineData("Mc Donald", "mcdonald")]
    [InlineData("McDonald", "mcdonald")]
    [InlineData("Garcia Lopez", "garcialopez")]
    [InlineData("García-López", "garcialopez")]
    [InlineData("de", "de")]
    public void Compact_joins_the_words(string? value, string expected) =>
        Assert.Equal(expected, NameText.Compact(value));
}
