using Msix.Domain.Mde;
using Msix.Domain.Tests.Support;
using Msix.Synthetic;

namespace Msix.Domain.Tests.Synthetic;

public sealed class SyntheticVariationTests
{
    private static readonly List<(Demographics Truth, Demographics Record)> Pairs =
        [.. SyntheticSample.Children.SelectMany(c => c.Records.Select(r => (c.Truth, r.Record.Demographics!)))];

    [Fact]
    public void Most_records_match_the_truth_and_some_differ()
    {
        var sameName = Pairs.Count(p => SameName(p.Truth, p.Record));

        Assert.InRange(sameName, Pairs.Count / 2, Pairs.Count - Pairs.Count / 10);
    }

    [Fact]
    public void States_record_the_realistic_variations()
    {
        Assert.Contains(Pairs, p => p.Truth.LastName2 is not null && p.Record.LastName2 is null && p.Record.LastName1 == p.Truth.LastName1);
        Assert.Contains(Pairs, p => p.Record.LastName1 == $"{p.Truth.LastName1}-{p.Truth.LastName2}");
        Assert.Contains(Pairs, p => p.Record.LastName1 == $"{p.Truth.LastName1} {p.Truth.LastName2}");
        Assert.Contains(Pairs, p => p.Truth.LastName1 != p.Record.LastName1 && p.Record.LastName1 == TestText.WithoutAccents(p.Truth.LastName1));
        Assert.Contains(Pairs, p => p.Truth.MiddleName is { Length: > 1 } && p.Record.MiddleName?.Length == 1);
        Assert.Contains(Pairs, p => p.Record.BirthCity is null && p.Truth.BirthCity is not null);
        Assert.Contains(Pairs, p => p.Record.Parent1FirstName is null && p.Truth.Parent1FirstName is not null);
        Assert.All(Pairs, p => Assert.Equal(p.Truth.Sex, p.Record.Sex));
        Assert.All(Pairs, p => Assert.Equal(p.Truth.MultipleBirthFlag, p.Record.MultipleBirthFlag));
    }

    [Fact]
    public void Birth_dates_rarely_differ_and_then_by_a_day_and_month_swap()
    {
        var differing = Pairs.Where(p => p.Truth.BirthDate != p.Record.BirthDate).ToList();

        Assert.NotEmpty(differing);
        Assert.True(differing.Count < Pairs.Count / 50, $"{differing.Count} of {Pairs.Count}");
        Assert.All(differing, p => Assert.Equal(new DateOnly(p.Truth.BirthDate.Year, p.Truth.BirthDate.Day, p.Truth.BirthDate.Month), p.Record.BirthDate));
    }

    [Fact]
    public void Without_variation_every_record_carries_the_true_names_and_birth_date()
    {
        var options = new SyntheticOptions(5, 300, ["TX", "MI"]) { VariationRate = 0 };
        foreach (var child in SyntheticPopulation.GenerateFamilies(options).SelectMany(f => f.Children))
        {
            Assert.All(child.Records, r =>
            {
                var record = r.Record.Demographics!;
                Assert.True(SameName(child.Truth, record));
                Assert.Equal(child.Truth.BirthDate, record.BirthDate);
                Assert.Equal(child.Truth.Parent2LastName, record.Parent2LastName);
            });
        }
    }

    private static bool SameName(Demographics truth, Demographics record) =>
        truth.FirstName == record.FirstName && truth.MiddleName == record.MiddleName &&
        truth.LastName1 == record.LastName1 && truth.LastName2 == record.LastName2;
}
