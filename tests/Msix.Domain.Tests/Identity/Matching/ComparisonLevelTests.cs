using Msix.Domain.Identity.Matching.Comparisons;

namespace Msix.Domain.Tests.Identity.Matching;

public sealed class ComparisonLevelTests
{
    private static readonly FirstNameComparison FirstName = new();
    private static readonly LastNameComparison LastName = new();
    private static readonly BirthDateComparison BirthDate = new();
    private static readonly BirthPlaceComparison BirthPlace = new();

    [Theory]
    [InlineData("José", "Jose", FirstNameComparison.Exact)]
    [InlineData("Pepe", "José", FirstNameComparison.NicknameOrFirstWord)]
    [InlineData("María José", "María", FirstNameComparison.NicknameOrFirstWord)]
    [InlineData("Jose", "Josue", FirstNameComparison.JaroWinkler92)]
    [InlineData("J", "José", FirstNameComparison.Initial)]
    [InlineData("Pedro", "José", FirstNameComparison.Else)]
    [InlineData("", "José", 0)]
    public void First_names_fall_in_their_levels(string x, string y, int level)
    {
        var a = Child.Record(f => f with { FirstName = x, MiddleName = null });
        var b = Child.Record(f => f with { FirstName = y, MiddleName = null }, id: "2");

        Assert.Equal(level, FirstName.LevelOf(a, b));
        Assert.Equal(level, FirstName.LevelOf(b, a));
    }

    [Fact]
    public void A_first_name_that_is_the_others_middle_name_has_its_own_level()
    {
        var a = Child.Record(f => f with { FirstName = "Luis", MiddleName = null });

        Assert.Equal(FirstNameComparison.MiddleName, FirstName.LevelOf(a, Child.Record(id: "2")));
    }

    [Fact]
    public void First_and_last_name_swapped_is_its_own_level_in_both_comparisons()
    {
        var a = Child.Record();
        var b = Child.Record(f => f with { FirstName = "García", LastName1 = "José", LastName2 = null }, id: "2");

        Assert.Equal(FirstNameComparison.SwappedWithLastName, FirstName.LevelOf(a, b));
        Assert.Equal(LastNameComparison.SwappedWithFirstName, LastName.LevelOf(a, b));
    }

    [Theory]
    [InlineData("Pérez", "García")]
    [InlineData("García", "Pérez")]
    [InlineData("Pérez García", "Garza")]
    public void A_first_name_that_is_one_of_the_others_surnames_has_its_own_level(string firstName, string lastName1)
    {
        // "José | Pérez | García" entered one field over as "Pérez | García" (or with the surnames in one field).
        var a = Child.Record(f => f with { FirstName = "José", MiddleName = null, LastName1 = "Pérez", LastName2 = "García" });
        var b = Child.Record(f => f with { FirstName = firstName, MiddleName = null, LastName1 = lastName1, LastName2 = null }, id: "2");

        Assert.Equal(FirstNameComparison.AnotherSurname, FirstName.LevelOf(a, b));
        Assert.Equal(FirstNameComparison.AnotherSurname, FirstName.LevelOf(b, a));
    }

    [Fact]
    public void A_first_name_that_is_only_close_to_a_surname_of_the_other_is_not_that_level()
    {
        var a = Child.Record(f => f with { FirstName = "José", MiddleName = null, LastName1 = "Pérez", LastName2 = "García" });
        var b = Child.Record(f => f with { FirstName = "Perea", MiddleName = null, LastName1 = "Luna", LastName2 = null }, id: "2");

        Assert.Equal(FirstNameComparison.Else, FirstName.LevelOf(a, b));
    }

    [Theory]
    [InlineData("García", "López", "GARCIA", "LOPEZ", LastNameComparison.Exact)]
    [InlineData("García-López", null, "Garcia", "Lopez", LastNameComparison.Exact)]
    [InlineData("García López", null, "Garcia", "Lopez", LastNameComparison.Exact)]
    [InlineData("De la Cruz", null, "Cruz", null, LastNameComparison.Exact)]
    [InlineData("García", null, "García", "López", LastNameComparison.FirstSurnameOnly)]
    [InlineData("López", "García", "García", "López", LastNameComparison.Crosswise)]
    [InlineData("López", null, "García", "López", LastNameComparison.Crosswise)]
    [InlineData("Garcia", "Lopes", "Garcia", "Lopez", LastNameComparison.JaroWinkler92)]
    [InlineData("Smith", null, "García", "López", LastNameComparison.Else)]
    public void Surnames_are_compared_as_an_ordered_pair_and_crosswise(string x1, string? x2, string y1, string? y2, int level)
    {
        var a = Child.Record(f => f with { LastName1 = x1, LastName2 = x2 });
        var b = Child.Record(f => f with { LastName1 = y1, LastName2 = y2 }, id: "2");

        Assert.Equal(level, LastName.LevelOf(a, b));
        Assert.Equal(level, LastName.LevelOf(b, a));
    }

    [Theory]
    [InlineData(20150314, 20150314, BirthDateComparison.Exact)]
    [InlineData(20150304, 20150403, BirthDateComparison.DayMonthSwapped)]
    [InlineData(20150314, 20150315, BirthDateComparison.OneDigit)]
    [InlineData(20150314, 20151314, BirthDateComparison.OneDigit)]
    [InlineData(20150314, 20150341, BirthDateComparison.OneDigit)]
    [InlineData(20150314, 20150328, BirthDateComparison.SameYearAndMonth)]
    [InlineData(20150314, 20160101, BirthDateComparison.WithinAYear)]
    [InlineData(20150314, 20120314, BirthDateComparison.OneDigit)]
    [InlineData(20150314, 20090722, BirthDateComparison.Else)]
    [InlineData(0, 20150314, 0)]
    public void Birth_dates_are_compared_as_dates_and_digits(int x, int y, int level)
    {
        var a = Child.Record(f => f with { BirthDate = x });
        var b = Child.Record(f => f with { BirthDate = y }, id: "2");

        Assert.Equal(level, BirthDate.LevelOf(a, b));
    }

    [Fact]
    public void Every_digit_of_the_date_can_be_the_one_wrong_or_swapped_with_its_neighbour()
    {
        const string date = "20150314";
        var a = Child.Record(f => f with { BirthDate = 20150314 });
        for (var position = 0; position < date.Length; position++)
        {
            var digits = date.ToCharArray();
            digits[position] = (char)('0' + ((digits[position] - '0' + 5) % 10));
            Assert.Equal(BirthDateComparison.OneDigit, BirthDate.LevelOf(a, WithDate(new string(digits))));

            if (position < date.Length - 1)
            {
                digits = date.ToCharArray();
                (digits[position], digits[position + 1]) = (digits[position + 1], digits[position]);
                Assert.Equal(BirthDateComparison.OneDigit, BirthDate.LevelOf(a, WithDate(new string(digits))));
            }
        }

        // Two digits wrong, apart or side by side without being swapped, are more than a typo.
        Assert.Equal(BirthDateComparison.Else, BirthDate.LevelOf(a, WithDate("30150315")));
        Assert.Equal(BirthDateComparison.SameYearAndMonth, BirthDate.LevelOf(a, WithDate("20150325")));

        static Msix.Domain.Identity.Matching.MatchRecord WithDate(string digits) =>
            Child.Record(f => f with { BirthDate = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) }, id: "2");
    }

    [Theory]
    [InlineData("Guadalajara", "JA", "MX", "Guadalajara", "JA", "MX", BirthPlaceComparison.SameCity)]
    [InlineData("Guadalajara", null, "MX", "Guadalajara", null, "MX", BirthPlaceComparison.SameCity)]
    [InlineData("Guadalajara", null, null, "Guadalajara", null, null, BirthPlaceComparison.SameCity)]
    [InlineData("Guadalajara", null, "MX", "Guadalajar", null, "MX", BirthPlaceComparison.CloseCity)]
    [InlineData("Springfield", "IL", "US", "Springfield", "MA", "US", BirthPlaceComparison.SameCityElsewhere)]
    [InlineData("Guadalajara", null, "MX", "Guadalajara", null, "US", BirthPlaceComparison.SameCityElsewhere)]
    [InlineData("Guadalajara", null, "MX", "Monterrey", null, "MX", BirthPlaceComparison.SameStateOrCountry)]
    [InlineData(null, "TX", "US", "Houston", "TX", "US", BirthPlaceComparison.SameStateOrCountry)]
    [InlineData("Guadalajara", null, "MX", "Houston", "TX", "US", BirthPlaceComparison.Else)]
    [InlineData("Guadalajara", null, "MX", "Guadalajar", null, "US", BirthPlaceComparison.Else)]
    [InlineData(null, null, null, "Houston", "TX", "US", 0)]
    public void Birthplaces_fall_in_their_levels(string? cityX, string? stateX, string? countryX, string? cityY, string? stateY, string? countryY, int level)
    {
        var a = Child.Record(f => f with { BirthCity = cityX, BirthState = stateX, BirthCountry = countryX });
        var b = Child.Record(f => f with { BirthCity = cityY, BirthState = stateY, BirthCountry = countryY }, id: "2");

        Assert.Equal(level, BirthPlace.LevelOf(a, b));
        Assert.Equal(level, BirthPlace.LevelOf(b, a));
    }

    [Fact]
    public void Dates_that_look_alike_as_text_but_are_years_apart_are_different()
    {
        // Jaro-Winkler would call these close (same century, same digits); the date comparison does not.
        var a = Child.Record(f => f with { BirthDate = 20010203 });
        var b = Child.Record(f => f with { BirthDate = 20100302 }, id: "2");

        Assert.Equal(BirthDateComparison.Else, BirthDate.LevelOf(a, b));
    }

    [Fact]
    public void Parents_names_agree_by_first_name_and_by_surname_carried_by_the_child()
    {
        var comparison = new ParentNamesComparison();
        var a = Child.Record();
        var onlyFather = Child.Record(f => f with { Parent1LastName = "García", Parent2FirstName = null, Parent2LastName = null }, id: "2");
        var strangers = Child.Record(f => f with { Parent1FirstName = "Pedro", Parent2FirstName = "Ana" }, id: "3");

        Assert.Equal(ParentNamesComparison.FirstAndLastName, comparison.LevelOf(a, onlyFather));
        Assert.Equal(ParentNamesComparison.Else, comparison.LevelOf(a, strangers));
        Assert.Equal(0, comparison.LevelOf(a, Child.Record(f => f with { Parent1FirstName = null, Parent2FirstName = null }, id: "4")));
    }
}
