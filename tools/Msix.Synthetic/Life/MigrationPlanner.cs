using Msix.Synthetic.Names;
using Msix.Synthetic.Places;
using Msix.Synthetic.Randomness;

namespace Msix.Synthetic.Life;

/// <summary>
/// Plans where a family lives over the years of history: settled in one district (perhaps moving once
/// within the State), following the season between a home-base State and a receiving State along a
/// migrant stream (TX → MI → TX ...), or relocating from State to State. Every arrival is a qualifying move.
/// </summary>
internal static class MigrationPlanner
{
    private const int MaxStays = 8;

    /// <summary>How likely each State is to be a family's home base (States not listed weigh 2).</summary>
    private static readonly Dictionary<string, int> HomeWeights = new(StringComparer.Ordinal)
    {
        ["TX"] = 30, ["CA"] = 26, ["FL"] = 15, ["AZ"] = 6, ["WA"] = 6, ["GA"] = 4, ["NC"] = 4, ["ID"] = 3, ["OR"] = 3,
    };

    /// <summary>The receiving States of each home base's migrant streams, in order of preference.</summary>
    private static readonly Dictionary<string, string[]> Streams = new(StringComparer.Ordinal)
    {
        ["TX"] = ["MI", "OH", "MN", "WA", "ID", "IN", "WI", "ND", "NE", "KS", "CO", "FL", "CA"],
        ["FL"] = ["NC", "GA", "MI", "NY", "PA", "OH", "SC", "VA", "NJ", "TX"],
        ["CA"] = ["OR", "WA", "ID", "AZ", "NV", "TX"],
        ["AZ"] = ["CA", "WA", "OR", "ID"],
        ["GA"] = ["NC", "FL", "MI", "NY"],
        ["WA"] = ["OR", "CA", "ID"],
    };

    /// <summary>The States of the streams, where families come from when they did not come from abroad.</summary>
    private static readonly string[] StreamStates =
        [.. Streams.Keys.Concat(Streams.Values.SelectMany(s => s)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static readonly Place[] PuertoRico =
        [new("Ponce", "PR", "US"), new("Mayagüez", "PR", "US"), new("Arecibo", "PR", "US"), new("Juana Díaz", "PR", "US")];

    private enum Pattern
    {
        Settled,
        Seasonal,
        Relocating,
    }

    public static IReadOnlyList<Stay> Plan(
        SyntheticOptions options, IReadOnlyList<StateProfile> states, NamePool pool, DateOnly youngestBirth, SeededRandom random)
    {
        var today = options.Today;
        var earliest = Max(today.AddYears(-options.YearsOfHistory).AddDays(1), youngestBirth.AddDays(14));
        var latest = today.AddDays(-21);
        var span = Math.Max(0, latest.DayNumber - earliest.DayNumber);

        // First arrivals spread evenly over the window: some families have been here for years, some arrived last month.
        var arrival = earliest.AddDays(random.Next(span + 1));

        var home = PickHome(states, random);
        var moves = random.Chance(options.MoverShare);
        var pattern = !moves ? Pattern.Settled : random.Chance(0.6) ? Pattern.Seasonal : Pattern.Relocating;
        var away = states.Count > 1 ? PickReceiving(home, states, random) : home;
        var homeDistrict = PickDistrict(home, null, random);
        var awayDistrict = PickDistrict(away, away == home ? homeDistrict : null, random);

        var stays = new List<Stay>();
        var startAway = pattern == Pattern.Seasonal && random.Chance(0.3);
        var (state, district) = startAway ? (away, awayDistrict) : (home, homeDistrict);
        var from = FirstOrigin(pool, state, random);
        var movedWithinState = false;

        while (true)
        {
            var atHome = state == home && district == homeDistrict;
            var length = pattern switch
            {
                Pattern.Seasonal => atHome ? random.Next(150, 220) : random.Next(90, 170),
                Pattern.Relocating => random.Next(180, 420),
                _ => random.Next(120, 500),
            };
            var departure = arrival.AddDays(length);
            var nextArrival = departure.AddDays(random.Next(2, 12));
            var settledMovesOn = pattern == Pattern.Settled && !movedWithinState && random.Chance(0.3);
            var keepsMoving = pattern != Pattern.Settled || settledMovesOn;

            if (!keepsMoving || nextArrival > latest || stays.Count == MaxStays - 1)
            {
                stays.Add(new Stay(state, district, arrival, FinalDeparture(arrival, today, random), from));
                return stays;
            }

            stays.Add(new Stay(state, district, arrival, departure, from));
            from = new Place(district.City, state.Code, "US");
            arrival = nextArrival;
            (state, district) = pattern switch
            {
                Pattern.Seasonal => atHome
                    ? (away, awayDistrict)
                    : (home, random.Chance(0.8) ? homeDistrict : PickDistrict(home, homeDistrict, random)),
                Pattern.Relocating => NextRelocation(states, state, district, random),
                _ => (state, PickDistrict(state, district, random)),
            };
            movedWithinState |= pattern == Pattern.Settled;
        }
    }

    /// <summary>Most families are still there on the reference date; some have left (the last departure is before it).</summary>
    private static DateOnly? FinalDeparture(DateOnly arrival, DateOnly today, SeededRandom random)
    {
        var room = today.DayNumber - arrival.DayNumber - 45;
        return room > 0 && random.Chance(0.15) ? arrival.AddDays(45 + random.Next(room)) : null;
    }

    private static StateProfile PickHome(IReadOnlyList<StateProfile> states, SeededRandom random) =>
        new Weighted<StateProfile>(states.Select(s => (s, HomeWeights.GetValueOrDefault(s.Code, 2)))).Pick(random);

    /// <summary>A receiving State along the home base's streams when one is generated, else any other State.</summary>
    private static StateProfile PickReceiving(StateProfile home, IReadOnlyList<StateProfile> states, SeededRandom random)
    {
        var others = states.Where(s => s != home).ToList();
        var streams = Streams.GetValueOrDefault(home.Code, []);
        var along = others.Where(s => streams.Contains(s.Code)).ToList();
        return along.Count > 0 && random.Chance(0.85) ? random.Pick(along) : random.Pick(others);
    }

    private static (StateProfile, District) NextRelocation(
        IReadOnlyList<StateProfile> states, StateProfile current, District district, SeededRandom random)
    {
        var others = states.Where(s => s != current).ToList();
        if (others.Count == 0)
        {
            return (current, PickDistrict(current, district, random));
        }

        var next = random.Pick(others);
        return (next, PickDistrict(next, null, random));
    }

    /// <summary>A district of the State, other than <paramref name="not"/> when the State has another.</summary>
    private static District PickDistrict(StateProfile state, District? not, SeededRandom random)
    {
        var districts = SchoolCatalog.Districts(state);
        var choices = districts.Where(d => d != not).ToList();
        return random.Pick(choices.Count > 0 ? choices : districts);
    }

    /// <summary>Where the family came from before its first stay: abroad, Puerto Rico, or another State.</summary>
    private static Place FirstOrigin(NamePool pool, StateProfile first, SeededRandom random)
    {
        if (BirthPlaces.AbroadFor(pool.Origin) is { } abroad && random.Chance(0.55))
        {
            return abroad.Pick(random);
        }

        if (pool.Origin == NameOrigin.PuertoRican)
        {
            return random.Pick(PuertoRico);
        }

        var state = StateProfiles.Of(random.Pick(StreamStates.Where(c => c != first.Code).ToList()));
        return new Place(random.Pick(state.Towns).City, state.Code, "US");
    }

    /// <summary>A town of Puerto Rico, where Puerto Rican children not born on the mainland were born.</summary>
    public static Place PuertoRicanTown(SeededRandom random) => random.Pick(PuertoRico);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
