using Msix.Domain.Mde;

namespace Msix.Domain.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Grade_level_codes_read_back()
    {
        Assert.True(CodeSet<GradeLevel>.TryParse("kg", out var grade));
        Assert.Equal(GradeLevel.Kindergarten, grade);
        Assert.Equal("01", CodeSet<GradeLevel>.CodeOf(GradeLevel.Grade01));
    }
}
