using System.Globalization;
using Msix.Synthetic.Life;
using Msix.Synthetic.Places;
using Msix.Synthetic.Randomness;

namespace Msix.Synthetic;

/// <summary>
/// Generates a migrant-student population with known truth, lazily: one family at a time, each from its
/// own random stream, so any number of children streams with flat memory and the same options always
/// give the same records.
/// </summary>
public static class SyntheticPopulation
{
    /// <summary>Families with no enrolled child in a row before the generator gives up (a safeguard, never reached in practice).</summary>
    private const int MaxBarrenFamilies = 10_000;

    /// <summary>The population family by family; exactly <see cref="SyntheticOptions.Children"/> children, each with one record or more.</summary>
    public static IEnumerable<SyntheticFamily> GenerateFamilies(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var states = options.StateCodes().Select(StateProfiles.Of).ToList();
        return Families(options, states);
    }

    /// <summary>Every State's records of every child, family by family.</summary>
    public static IEnumerable<SyntheticRecord> Generate(SyntheticOptions options) =>
        GenerateFamilies(options).SelectMany(f => f.Children).SelectMany(c => c.Records);

    /// <summary>
    /// One State's records only, for a single large file (benchmarks): families move only between the
    /// State's districts, and every child has exactly one record.
    /// </summary>
    public static IEnumerable<SyntheticRecord> GenerateState(string state, int children, int seed = 1, DateOnly? today = null) =>
        Generate(new SyntheticOptions(seed, children, [state]) { Today = today ?? SyntheticOptions.DefaultToday });

    /// <summary>The truth ID of the n-th child of a run (from 0).</summary>
    public static string TruthIdOf(long childNumber) =>
        "T" + (childNumber + 1).ToString("D7", CultureInfo.InvariantCulture);

    private static IEnumerable<SyntheticFamily> Families(SyntheticOptions options, IReadOnlyList<StateProfile> states)
    {
        long childNumber = 0;
        var barren = 0;
        for (long familyIndex = 0; childNumber < options.Children; familyIndex++)
        {
            var family = FamilyFactory.Create(options, states, familyIndex);
            var children = new List<SyntheticChild>();
            for (var i = 0; i < family.Children.Count && childNumber < options.Children; i++)
            {
                var child = family.Children[i];
                var random = SeededRandom.For(options.Seed, "records", familyIndex, i.ToString(CultureInfo.InvariantCulture));
                var records = new List<SyntheticRecord>();
                foreach (var state in family.Stays.Select(s => s.State).Distinct())
                {
                    if (StateRecordBuilder.Build(options, family, child, childNumber, state, random) is { } record)
                    {
                        records.Add(new SyntheticRecord(state.Code, TruthIdOf(childNumber), record));
                    }
                }

                if (records.Count > 0)
                {
                    children.Add(new SyntheticChild(TruthIdOf(childNumber), family.FamilyId, child.Truth, records));
                    childNumber++;
                }
            }

            barren = children.Count == 0 ? barren + 1 : 0;
            if (barren == MaxBarrenFamilies)
            {
                throw new InvalidOperationException("No family produced an enrolled child; check the options.");
            }

            if (children.Count > 0)
            {
                yield return new SyntheticFamily(family.FamilyId, children);
            }
        }
    }
}
