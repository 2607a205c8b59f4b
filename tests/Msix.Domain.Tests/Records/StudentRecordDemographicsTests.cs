using Msix.Domain.Identity;
using Msix.Domain.Mde;
using Msix.Domain.Records;
using Msix.Domain.Tests.Support;
using static Msix.Domain.Tests.Records.StudentRecordTestbed;

namespace Msix.Domain.Tests.Records;

public sealed class StudentRecordDemographicsTests
{
    private readonly StudentRecordTestbed _bed = new();

    [Fact]
    public async Task Each_element_comes_from_the_most_recent_record_that_has_it_with_its_State_and_date()
    {
        var view = await _bed.ViewAsync(
            Contribution("CA", Child("CA-778", 0, d => d with { LastName1 = "García", MiddleName = "Ángel", Suffix = null })),
            Contribution("TX", Child("TX001", 5, d => d with { LastName1 = "García López", MiddleName = null, Suffix = null, BirthCity = null })),
            Contribution("AZ", Child("AZ-9", -10, d => d with { LastName1 = " garcía lópez ", BirthCity = "Hermosillo", Suffix = "Jr" })));

        var d = view.Demographics;
        Assert.Equal(("García López", "TX", TestRecords.AsOf.AddDays(5)), (d.LastName1.Value, d.LastName1.State, d.LastName1.AsOf));
        Assert.Equal(("Ángel", "CA", TestRecords.AsOf), (d.MiddleName!.Value, d.MiddleName.State, d.MiddleName.AsOf));
        Assert.Equal(("Guadalajara", "CA"), (d.BirthCity!.Value, d.BirthCity.State));
        Assert.Equal(("Jr", "AZ", TestRecords.AsOf.AddDays(-10)), (d.Suffix!.Value, d.Suffix.State, d.Suffix.AsOf));
        Assert.Equal((Sex.Male, "TX"), (d.Sex.Value, d.Sex.State));
        // AZ's " garcía lópez " agrees with TX (letter case and spaces aside); CA's "García" does not.
        Assert.Equal(["CA"], d.LastName1.Disagreements.Select(o => o.State));
    }

    [Fact]
    public async Task Where_States_disagree_the_other_values_are_listed_with_their_sources_most_recent_first()
    {
        var view = await _bed.ViewAsync(
            Contribution("TX", Child("TX001", 5, d => d with { LastName1 = "García López" })),
            Contribution("CA", Child("CA-778", 0, d => d with { LastName1 = "García", BirthDate = new DateOnly(2011, 9, 3) })),
            Contribution("AZ", Child("AZ-9", -10, d => d with { LastName1 = "Garcia", BirthCity = "Hermosillo" })),
            Contribution("OR", Child("OR-1", -20, d => d with { LastName1 = "GARCÍA LÓPEZ " })));

        var d = view.Demographics;
        Assert.Equal("García López", d.LastName1.Value);
        Assert.Equal(
            [new StateValue<string>("García", "CA", TestRecords.AsOf), new StateValue<string>("Garcia", "AZ", TestRecords.AsOf.AddDays(-10))],
            d.LastName1.Disagreements);
        Assert.Equal(new DateOnly(2011, 3, 9), d.BirthDate.Value);
        Assert.Equal([new StateValue<DateOnly>(new DateOnly(2011, 9, 3), "CA", TestRecords.AsOf)], d.BirthDate.Disagreements);
        Assert.Equal(("Guadalajara", "AZ"), (d.BirthCity!.Value, Assert.Single(d.BirthCity.Disagreements).State));
        Assert.Empty(d.FirstName.Disagreements);
        Assert.Empty(d.Sex.Disagreements);
    }

    [Fact]
    public async Task An_optional_element_no_State_sent_is_absent_and_a_record_without_it_does_not_disagree()
    {
        var view = await _bed.ViewAsync(
            Contribution("TX", Child("TX001", 5, d => d with { Suffix = null, MiddleName = null })),
            Contribution("CA", Child("CA-778", 0, d => d with { Suffix = null, MiddleName = "Ángel" })));

        Assert.Null(view.Demographics.Suffix);
        Assert.Equal("CA", view.Demographics.MiddleName!.State);
        Assert.Empty(view.Demographics.MiddleName.Disagreements);
    }

    [Fact]
    public async Task Withdrawn_records_give_nothing_and_a_record_with_only_withdrawn_ones_is_not_found()
    {
        var view = await _bed.ViewAsync(
            Contribution("TX", Child("TX001", 0, d => d with { LastName1 = "García" })),
            Contribution("CA", TestRecords.Delete("CA-778", TestRecords.AsOf.AddDays(3)), withdrawn: true));

        Assert.Equal(["TX"], view.Contributions.Select(c => c.State));
        Assert.Empty(view.Demographics.LastName1.Disagreements);

        var onlyWithdrawn = "20000000001" + MsixId.CheckDigit("20000000001");
        await _bed.StoreAsync(onlyWithdrawn, Contribution("CA", TestRecords.Delete("CA-1"), withdrawn: true));
        Assert.Null(await _bed.ReadAsync(onlyWithdrawn));
    }
}
