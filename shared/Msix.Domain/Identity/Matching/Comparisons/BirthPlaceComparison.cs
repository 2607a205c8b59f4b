namespace Msix.Domain.Identity.Matching.Comparisons;

/// <summary>
/// The birthplace as one comparison, since its parts are not independent (the same city nearly always means
/// the same State and country, and counting each would count one fact three times): the same city (weighed by
/// how common it is); a city close by Jaro-Winkler (0.88) in the same State or country; a city of the same name
/// in another State or country (a State entered wrongly, or a Springfield of another State: the model weighs
/// which is likelier); the same State, or the same country, but another city; different.
/// </summary>
public sealed class BirthPlaceComparison : Comparison
{
    public const int SameCity = 1;
    public const int CloseCity = 2;
    public const int SameCityElsewhere = 3;
    public const int SameStateOrCountry = 4;
    public const int Else = 5;

    /// <inheritdoc />
    public override string Name => "BirthPlace";

    /// <inheritdoc />
    public override IReadOnlyList<ComparisonLevel> Levels { get; } =
    [
        ComparisonLevel.Null,
        new("the same city", TermFrequency: true),
        new("a city with Jaro-Winkler at least 0.88"),
        new("a city of the same name in another State or country"),
        new("the same State or country, another city"),
        new("different"),
    ];

    /// <inheritdoc />
    public override int LevelOf(MatchRecord a, MatchRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var region = Region(a, b);
        var cities = a.BirthCity.Length > 0 && b.BirthCity.Length > 0;
        if (!cities && region == 0)
        {
            return 0;
        }

        var sameCity = cities && string.Equals(a.BirthCity, b.BirthCity, StringComparison.Ordinal);
        if (region == Else)
        {
            return sameCity ? SameCityElsewhere : Else;
        }

        if (sameCity)
        {
            return SameCity;
        }

        if (cities && NameSimilarity.JaroWinkler(a.BirthCity, b.BirthCity) >= 0.88)
        {
            return CloseCity;
        }

        return region == SameStateOrCountry ? SameStateOrCountry : Else;
    }

    /// <inheritdoc />
    public override string TermOf(MatchRecord record, int level) => level == SameCity ? record?.BirthCity ?? "" : "";

    /// <summary>SameStateOrCountry, Else, or 0 when neither the States nor the countries are on both sides.</summary>
    private static int Region(MatchRecord a, MatchRecord b)
    {
        if (a.BirthState.Length > 0 && b.BirthState.Length > 0)
        {
            return string.Equals(a.BirthState, b.BirthState, StringComparison.Ordinal) ? SameStateOrCountry : Else;
        }

        if (a.BirthCountry.Length > 0 && b.BirthCountry.Length > 0)
        {
            return string.Equals(a.BirthCountry, b.BirthCountry, StringComparison.Ordinal) ? SameStateOrCountry : Else;
        }

        return 0;
    }
}
