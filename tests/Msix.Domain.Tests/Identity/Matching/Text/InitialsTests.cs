using Msix.Domain.Identity.Matching.Text;

namespace Msix.Domain.Tests.Identity.Matching.Text;

public sealed class InitialsTests
{
    [Theory]
    [InlineData("j", "juan", true)]
    [InlineData("j", "j", true)]
    [InlineData("j", "maria", false)]
    [InlineData("jm", "juan", false)]
    [InlineData("", "juan", false)]
    [InlineData("j", "", false)]
    [InlineData("juan", "j", false)]
    public void An_initial_is_one_letter_starting_the_name(string maybeInitial, string name, bool expected) =>
        Assert.Equal(expected, Initials.IsInitialOf(maybeInitial, name));
}
