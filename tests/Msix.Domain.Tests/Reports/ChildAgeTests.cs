using Msix.Domain.Reports;

namespace Msix.Domain.Tests.Reports;

/// <summary>Ages are whole years, a birthday counting from its day; bands cover every age.</summary>
public sealed class ChildAgeTests
{
    [Fact]
    public void A_child_is_a_year_older_on_its_birthday_and_not_the_day_before()
    {
        var birth = new DateOnly(2022, 9, 1);

        Assert.Equal(2, ChildAge.On(birth, new DateOnly(2025, 8, 31)));
        Assert.Equal(3, ChildAge.On(birth, new DateOnly(2025, 9, 1)));
    }

    [Fact]
    public void A_child_born_on_29_February_turns_a_year_older_on_28_February_in_a_common_year()
    {
        var birth = new DateOnly(2020, 2, 29);

        Assert.Equal(4, ChildAge.On(birth, new DateOnly(2025, 2, 27)));
        Assert.Equal(5, ChildAge.On(birth, new DateOnly(2025, 2, 28)));
    }

    [Theory]
    [InlineData(-1, "Unknown")]
    [InlineData(0, "0-2")]
    [InlineData(2, "0-2")]
    [InlineData(3, "3-5")]
    [InlineData(5, "3-5")]
    [InlineData(6, "6-10")]
    [InlineData(10, "6-10")]
    [InlineData(11, "11-13")]
    [InlineData(13, "11-13")]
    [InlineData(14, "14-17")]
    [InlineData(17, "14-17")]
    [InlineData(18, "18-21")]
    [InlineData(21, "18-21")]
    [InlineData(22, "22+")]
    [InlineData(90, "22+")]
    public void Every_age_falls_in_one_band(int age, string band)
    {
        Assert.Equal(band, ChildAge.LabelOf(ChildAge.BandOf(age)));
    }
}
