using System.Collections.Concurrent;
using System.Globalization;
using Msix.Synthetic.Randomness;

namespace Msix.Synthetic.Places;

/// <summary>
/// The districts and schools of each State. They depend on the State only, not on the run's seed, so a
/// school keeps its ID and name in every run; towns served by the same district share it.
/// </summary>
internal static class SchoolCatalog
{
    private static readonly string[] Honorees =
    [
        "Benito Juárez", "César Chávez", "Dolores Huerta", "Lincoln", "Washington", "Roosevelt", "Jefferson",
        "Rosa Parks", "Sunrise", "Riverside", "Mountain View", "Oak Grove", "Garfield", "Kennedy", "Sierra Vista",
        "Valley View", "Memorial", "Eastside", "Westside", "Sor Juana Inés de la Cruz", "Gabriela Mistral", "Pioneer",
    ];

    private static readonly ConcurrentDictionary<string, IReadOnlyList<District>> ByState = new(StringComparer.Ordinal);

    public static IReadOnlyList<District> Districts(StateProfile state) =>
        ByState.GetOrAdd(state.Code, _ => Build(state));

    private static List<District> Build(StateProfile state)
    {
        var districts = new List<District>();
        var numberBase = 10000 + (int)(StableHash.Of(state.Code) % 80) * 1000;
        foreach (var town in state.Towns)
        {
            if (districts.Any(d => d.Name == town.DistrictName))
            {
                continue;
            }

            var id = state.Fips + (numberBase + districts.Count * 37).ToString("D5", CultureInfo.InvariantCulture);
            var pick = StableHash.Of(id);
            string Honoree(int n) => Honorees[(int)((pick >> (8 * n)) % (ulong)Honorees.Length)];
            School SchoolOf(int number, string name) =>
                new(id + (number * 100 + (int)(pick % 100)).ToString("D5", CultureInfo.InvariantCulture), name);

            var first = Honoree(0);
            var second = Honoree(1) is var h && h != first ? h : Honoree(2);
            districts.Add(new District(
                state.Code, id, town.DistrictName, town.City,
                [SchoolOf(1, $"{first} Elementary School"), SchoolOf(2, $"{second} Elementary School")],
                SchoolOf(5, $"{Honoree(3)} Middle School"),
                SchoolOf(9, $"{town.City} High School")));
        }

        return districts;
    }
}
