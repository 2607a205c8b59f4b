using Msix.Domain.Mde;
using Msix.Synthetic.Names;
using Msix.Synthetic.Places;
using Msix.Synthetic.Randomness;

namespace Msix.Synthetic.Life;

/// <summary>
/// Creates one family from its own random stream: parents named in the family's tradition, children born
/// one to five years apart (twins now and then, triplets rarely), their birthplaces, and where the family
/// lived. Siblings share parents and surnames; twins share their birth date.
/// </summary>
internal static class FamilyFactory
{
    private const double TwinShare = 0.017;
    private const double TripletShare = 0.0015;

    private static readonly Weighted<int> BirthsPerFamily = Weighted.Of((1, 30), (2, 30), (3, 22), (4, 12), (5, 6));

    private static readonly Weighted<BirthDateVerification> Verifications = Weighted.Of(
        (BirthDateVerification.BirthCertificate, 70), (BirthDateVerification.ParentsAffidavit, 12),
        (BirthDateVerification.PreviouslyVerifiedSchoolRecords, 6), (BirthDateVerification.BaptismalOrChurchCertificate, 5),
        (BirthDateVerification.Passport, 4), (BirthDateVerification.Other, 3));

    private static readonly Weighted<MedicalAlertIndicator> MedicalAlerts = Weighted.Of(
        (MedicalAlertIndicator.None, 92), (MedicalAlertIndicator.Chronic, 7), (MedicalAlertIndicator.Acute, 1));

    /// <summary>Boys' names and their feminine forms, for twins named alike.</summary>
    private static readonly Dictionary<string, string> FeminineForms = new(StringComparer.Ordinal)
    {
        ["Daniel"] = "Daniela", ["Ángel"] = "Ángela", ["Gabriel"] = "Gabriela", ["Alejandro"] = "Alejandra",
        ["Fernando"] = "Fernanda", ["Antonio"] = "Antonia", ["Francisco"] = "Francisca", ["Julián"] = "Juliana",
    };

    public static Family Create(SyntheticOptions options, IReadOnlyList<StateProfile> states, long familyIndex)
    {
        var random = SeededRandom.For(options.Seed, "family", familyIndex);
        var pool = NamePools.Mix.Pick(random);
        var father = NewParent(pool, female: false, husband: null, random);
        var mother = NewParent(pool, female: true, husband: father, random);
        var births = BirthDates(options.Today, random);
        var stays = MigrationPlanner.Plan(options, states, pool, births[^1].Date, random);

        var children = new List<TrueChild>();
        foreach (var (birthDate, count) in births)
        {
            var birthPlace = BirthPlace(pool, birthDate, options.Today, stays, random);
            TrueChild? firstOfBirth = null;
            for (var i = 0; i < count; i++)
            {
                var child = NewChild(pool, father, mother, birthDate, count > 1, birthPlace, children, firstOfBirth, random);
                firstOfBirth ??= child;
                children.Add(child);
            }
        }

        return new Family(familyIndex, $"F{familyIndex + 1:D7}", pool, father, mother, children, stays);
    }

    private static Adult NewParent(NamePool pool, bool female, Adult? husband, SeededRandom random)
    {
        var given = pool.Given(female, adult: true).Pick(random);
        return pool.SurnameRule switch
        {
            SurnameRule.Double => new Adult(given, random.Chance(0.3) ? pool.Given(female, adult: true).Pick(random) : null,
                pool.Surnames.Pick(random), pool.Surnames.Pick(random)),

            // A Somali name is the person's own, the father's and the grandfather's given names.
            SurnameRule.Patronymic => new Adult(given, pool.Boys.Pick(random), pool.Boys.Pick(random), null),

            // English-speaking mothers mostly take their husband's surname; Haitian and Vietnamese mothers keep their own.
            _ => new Adult(given, MiddleName(pool, female, given, random),
                pool.Origin == NameOrigin.Anglo && husband is not null && random.Chance(0.8) ? husband.Surname1 : pool.Surnames.Pick(random),
                null),
        };
    }

    /// <summary>The family's birth dates, oldest first, each with the number of children born that day.</summary>
    private static List<(DateOnly Date, int Count)> BirthDates(DateOnly today, SeededRandom random)
    {
        var oldestPossible = today.AddYears(-22).AddDays(1);
        var youngestPossible = today.AddDays(-60);
        var births = new List<(DateOnly, int)>();
        var wanted = BirthsPerFamily.Pick(random);
        var date = today.AddDays(-random.Next(2 * 365, 22 * 365));
        date = date < oldestPossible ? oldestPossible : date;
        while (births.Count < wanted && date <= youngestPossible)
        {
            var count = random.Chance(TripletShare) ? 3 : random.Chance(TwinShare) ? 2 : 1;
            births.Add((date, count));
            date = date.AddDays(random.Next(450, 1500));
        }

        if (births.Count == 0)
        {
            births.Add((youngestPossible.AddDays(-random.Next(365)), 1));
        }

        return births;
    }

    private static Place BirthPlace(NamePool pool, DateOnly birthDate, DateOnly today, IReadOnlyList<Stay> stays, SeededRandom random)
    {
        // Born while the family was already here: in the State and town of that stay.
        if (stays.LastOrDefault(s => s.Arrival <= birthDate) is { } stay)
        {
            return new Place(stay.District.City, stay.State.Code, "US");
        }

        var age = GradeLevels.Age(birthDate, today);
        if (BirthPlaces.AbroadFor(pool.Origin) is { } abroad && random.Chance(BirthPlaces.AbroadShare(pool.Origin, age)))
        {
            return abroad.Pick(random);
        }

        if (pool.Origin == NameOrigin.PuertoRican && random.Chance(0.5))
        {
            return MigrationPlanner.PuertoRicanTown(random);
        }

        var home = stays[0].State;
        return new Place(random.Pick(home.Towns).City, home.Code, "US");
    }

    private static TrueChild NewChild(
        NamePool pool, Adult father, Adult mother, DateOnly birthDate, bool multipleBirth, Place birthPlace,
        IReadOnlyList<TrueChild> siblings, TrueChild? twin, SeededRandom random)
    {
        var sex = random.Chance(0.001) ? Sex.Nonbinary : random.Chance(0.49) ? Sex.Female : Sex.Male;
        var female = sex == Sex.Female || (sex == Sex.Nonbinary && random.Chance(0.5));
        var taken = siblings.Select(s => s.Truth.FirstName).ToHashSet(StringComparer.Ordinal);

        string firstName;
        string? middleName;
        string? suffix = null;
        var firstSon = !female && siblings.All(s => s.Truth.Sex != Sex.Male);
        if (firstSon && random.Chance(pool.Origin == NameOrigin.Anglo ? 0.1 : 0.02) && pool.SurnameRule != SurnameRule.Patronymic)
        {
            // Named after his father.
            (firstName, middleName, suffix) = (father.FirstName, father.MiddleName, "Jr");
        }
        else
        {
            firstName = DistinctGiven(pool, female, taken, random);
            middleName = MiddleName(pool, female, firstName, random);
            if (twin is not null && random.Chance(0.3))
            {
                // Twins named alike: Daniel and Daniela, or the same middle name.
                if (female && FeminineForms.TryGetValue(twin.Truth.FirstName, out var feminine) && !taken.Contains(feminine))
                {
                    firstName = feminine;
                }
                else if (twin.Truth.MiddleName is not null)
                {
                    middleName = twin.Truth.MiddleName;
                }
            }
        }

        var (lastName1, lastName2, middle) = pool.SurnameRule switch
        {
            SurnameRule.Double => (father.Surname1, mother.Surname1, middleName),
            SurnameRule.Patronymic => (father.MiddleName!, (string?)null, father.FirstName),
            _ => (father.Surname1, null, middleName),
        };

        var truth = new Demographics(
            StateStudentIdType.StateAssigned, [], firstName, middle, lastName1, lastName2, suffix, sex, birthDate,
            Verifications.Pick(random), multipleBirth, birthPlace.City, birthPlace.State, birthPlace.Country,
            father.FirstName, father.LastName, mother.FirstName, mother.LastName);
        var traits = NewTraits(pool, random);
        if (twin is not null)
        {
            // Twins start school together and stay in the same grade.
            traits = traits with { YearsBehind = twin.Traits.YearsBehind, PreKindergarten = twin.Traits.PreKindergarten };
        }

        return new TrueChild(truth, pool, traits);
    }

    private static string DistinctGiven(NamePool pool, bool female, HashSet<string> taken, SeededRandom random)
    {
        var names = pool.Given(female, adult: false);
        var name = names.Pick(random);
        for (var attempt = 0; attempt < 8 && taken.Contains(name); attempt++)
        {
            name = names.Pick(random);
        }

        return name;
    }

    private static string? MiddleName(NamePool pool, bool female, string firstName, SeededRandom random)
    {
        if (pool.Origin == NameOrigin.Vietnamese)
        {
            return NamePools.VietnameseMiddleName(female, random);
        }

        // María and José are usually the first half of a compound name (María Fernanda, José Luis).
        var share = firstName is "María" or "José" ? 0.7 : pool.MiddleNameShare;
        if (!random.Chance(share))
        {
            return null;
        }

        var middle = pool.Given(female, adult: false).Pick(random);
        return middle == firstName ? null : middle;
    }

    private static ChildTraits NewTraits(NamePool pool, SeededRandom random)
    {
        var englishLearnerShare = pool.Origin switch
        {
            NameOrigin.Anglo => 0.02,
            NameOrigin.GuatemalanMaya => 0.8,
            NameOrigin.Somali => 0.7,
            NameOrigin.Haitian => 0.6,
            _ => 0.5,
        };
        return new ChildTraits(
            YearsBehind: random.Chance(0.15) ? 1 : 0,
            PreKindergarten: random.Chance(0.4),
            LeavesSchoolAt16: random.Chance(0.2),
            Graduates: random.Chance(0.7),
            AdvancedMath: random.Chance(0.15),
            EnglishLearner: random.Chance(englishLearnerShare),
            Idea: random.Chance(0.1),
            MedicalAlert: MedicalAlerts.Pick(random),
            Immunized: random.Chance(0.9),
            PriorityForServices: random.Chance(0.25));
    }
}
