using Msix.Domain.Identity;

namespace Msix.Domain.Tests.Identity;

public sealed class MsixIdTests
{
    [Fact]
    public void New_ids_are_12_digits_valid_and_distinct()
    {
        var ids = Enumerable.Range(0, 2000).Select(_ => MsixId.NewId()).ToList();
        Assert.All(ids, id =>
        {
            Assert.Equal(12, id.Length);
            Assert.True(id.All(char.IsAsciiDigit));
            Assert.NotEqual('0', id[0]);
            Assert.True(MsixId.IsValid(id));
        });
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Any_single_mistyped_digit_is_caught()
    {
        var id = MsixId.NewId();
        for (var position = 0; position < id.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == id[position])
                {
                    continue;
                }

                var typo = string.Concat(id.AsSpan(0, position), digit.ToString(), id.AsSpan(position + 1));
                Assert.False(MsixId.IsValid(typo), $"{typo} should not pass for {id}");
            }
        }
    }

    [Fact]
    public void Swapped_neighbouring_digits_are_caught()
    {
        for (var n = 0; n < 200; n++)
        {
            var id = MsixId.NewId();
            for (var i = 0; i < id.Length - 1; i++)
            {
                if (id[i] == id[i + 1])
                {
                    continue;
                }

                var chars = id.ToCharArray();
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                Assert.False(MsixId.IsValid(new string(chars)));
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345678901")]
    [InlineData("1234567890123")]
    [InlineData("12345678901a")]
    public void Malformed_ids_are_not_valid(string? id) => Assert.False(MsixId.IsValid(id));

    [Fact]
    public void Check_digit_completes_eleven_digits() =>
        Assert.True(MsixId.IsValid("57263194820" + MsixId.CheckDigit("57263194820")));
}
