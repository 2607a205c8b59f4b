using Msix.Domain.Mde;
using Msix.Synthetic.Names;
using Msix.Synthetic.Randomness;

namespace Msix.Synthetic.Life;

/// <summary>
/// How one State's record of a child differs from the truth, the way real records do: accents dropped,
/// a letter mistyped, only the paternal surname, a double surname hyphenated or joined in LastName1, a
/// compound given name kept whole, a nickname, a middle initial, first and last names swapped, day and
/// month of the birth date swapped (rarely), optional fields missing. Each chance is scaled by the
/// options' variation rate; the multiple birth flag and the sex are never changed.
/// </summary>
internal static class RecordVariations
{
    /// <param name="birthDateRange">
    /// The birth dates the record may show: a swapped day and month is kept only when it falls in it, so the
    /// record still has no enrollment or qualifying move before the birth and no child older than 21.
    /// </param>
    public static Demographics Apply(
        Demographics truth, Family family, double rate, (DateOnly Earliest, DateOnly Latest) birthDateRange, SeededRandom random)
    {
        bool Roll(double chance) => random.Chance(chance * rate);

        var first = truth.FirstName;
        var middle = truth.MiddleName;
        var last1 = truth.LastName1;
        var last2 = truth.LastName2;
        var hispanic = family.Pool.SurnameRule == SurnameRule.Double;

        if (last2 is not null)
        {
            if (Roll(0.10))
            {
                last2 = null;
            }
            else if (Roll(0.03))
            {
                (last1, last2) = ($"{last1}-{last2}", null);
            }
            else if (Roll(0.04))
            {
                (last1, last2) = ($"{last1} {last2}", null);
            }
        }

        if (middle is not null)
        {
            if (hispanic && Roll(0.04))
            {
                (first, middle) = ($"{first} {middle}", null);
            }
            else if (Roll(0.05))
            {
                middle = middle[..1];
            }
            else if (Roll(0.05))
            {
                middle = null;
            }
        }

        if (Nicknames.Of(first) is { } nicknames && Roll(0.03))
        {
            first = random.Pick(nicknames);
        }

        first = Roll(0.03) ? NameText.Typo(first, random) : first;
        last1 = Roll(0.03) ? NameText.Typo(last1, random) : last1;
        last2 = last2 is not null && Roll(0.02) ? NameText.Typo(last2, random) : last2;

        if (Roll(family.Pool.Origin == NameOrigin.Vietnamese ? 0.06 : 0.01))
        {
            (first, last1) = (last1, first);
        }

        var birthDate = truth.BirthDate;
        if (birthDate.Day <= 12 && birthDate.Day != birthDate.Month && Roll(0.01) &&
            new DateOnly(birthDate.Year, birthDate.Day, birthDate.Month) is var swapped &&
            swapped >= birthDateRange.Earliest && swapped <= birthDateRange.Latest)
        {
            birthDate = swapped;
        }

        var hasParents = !Roll(0.10);
        var parent1Last = Roll(0.15) ? family.Father.Surname1 : truth.Parent1LastName;
        var parent2Last = Roll(0.15) ? family.Mother.Surname1 : truth.Parent2LastName;
        var hasBirthPlace = !Roll(0.12);
        var record = truth with
        {
            FirstName = first,
            MiddleName = middle,
            LastName1 = last1,
            LastName2 = last2,
            BirthDate = birthDate,
            BirthDateVerification = Roll(0.10) ? null : truth.BirthDateVerification,
            BirthCity = hasBirthPlace && !Roll(0.08) ? truth.BirthCity : null,
            BirthState = hasBirthPlace ? truth.BirthState : null,
            BirthCountry = hasBirthPlace ? truth.BirthCountry : null,
            Parent1FirstName = hasParents ? truth.Parent1FirstName : null,
            Parent1LastName = hasParents ? parent1Last : null,
            Parent2FirstName = hasParents && !Roll(0.05) ? truth.Parent2FirstName : null,
            Parent2LastName = hasParents ? parent2Last : null,
        };

        if (Roll(0.18))
        {
            record = MapNames(record, NameText.StripAccents);
        }

        if (Roll(0.02))
        {
            record = MapNames(record, name => name.ToUpperInvariant());
        }

        return record;
    }

    private static Demographics MapNames(Demographics d, Func<string, string> map) => d with
    {
        FirstName = map(d.FirstName),
        MiddleName = d.MiddleName is null ? null : map(d.MiddleName),
        LastName1 = map(d.LastName1),
        LastName2 = d.LastName2 is null ? null : map(d.LastName2),
        BirthCity = d.BirthCity is null ? null : map(d.BirthCity),
        Parent1FirstName = d.Parent1FirstName is null ? null : map(d.Parent1FirstName),
        Parent1LastName = d.Parent1LastName is null ? null : map(d.Parent1LastName),
        Parent2FirstName = d.Parent2FirstName is null ? null : map(d.Parent2FirstName),
        Parent2LastName = d.Parent2LastName is null ? null : map(d.Parent2LastName),
    };
}
