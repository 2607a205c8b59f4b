using System.Globalization;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Synthetic;

namespace Msix.Cli.Reports;

/// <summary>
/// Consolidates generated children as the exchange would once every State's record of a child is linked to it:
/// one consolidated record per true child, holding one current contribution per State that knows the child.
/// </summary>
internal static class SyntheticConsolidation
{
    /// <summary>Every child of the population, consolidated, family by family as it is generated.</summary>
    public static IEnumerable<ConsolidatedRecord> Generate(SyntheticOptions options) =>
        SyntheticPopulation.GenerateFamilies(options).SelectMany(f => f.Children).Select(c => Consolidate(c, options.Seed));

    /// <summary>The consolidated record of one true child; its MSIX ID follows from the truth ID.</summary>
    public static ConsolidatedRecord Consolidate(SyntheticChild child, int seed)
    {
        ArgumentNullException.ThrowIfNull(child);
        var msixId = MsixIdOf(child.TruthId);
        var contributions = child.Records.Select(r => new ContributionDocument(
            ContributionDocument.IdOf(r.State, r.Record.StateStudentId),
            r.State,
            r.Record.StateStudentId,
            r.Record.AsOf,
            string.Create(CultureInfo.InvariantCulture, $"synthetic-{r.State}-seed{seed}"),
            r.Record.AsOf,
            ChildRecordHash.Of(r.Record),
            false,
            r.Record)).ToList();
        return new ConsolidatedRecord(msixId, msixId, contributions, contributions.Min(c => c.StoredAt), contributions.Max(c => c.StoredAt));
    }

    /// <summary>A valid MSIX ID made from a truth ID ("T0000042" gives "10000000042" and its check digit): one ID per child, stable across runs.</summary>
    public static string MsixIdOf(string truthId)
    {
        ArgumentNullException.ThrowIfNull(truthId);
        var number = long.Parse(truthId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);
        var eleven = string.Create(CultureInfo.InvariantCulture, $"1{number:D10}");
        return eleven + MsixId.CheckDigit(eleven);
    }
}
