using Msix.Domain.Mde;
using Msix.Synthetic;

namespace Msix.Domain.Tests.Synthetic;

public sealed class SyntheticPopulationTests
{
    [Fact]
    public void It_generates_exactly_the_children_asked_with_sequential_truth_ids()
    {
        var children = SyntheticSample.Children.ToList();

        Assert.Equal(SyntheticSample.Options.Children, children.Count);
        Assert.Equal(Enumerable.Range(1, children.Count).Select(i => $"T{i:D7}"), children.Select(c => c.TruthId));
        Assert.All(children, c => Assert.NotEmpty(c.Records));
        Assert.All(children.SelectMany(c => c.Records.Select(r => (r, c))), x => Assert.Equal(x.c.TruthId, x.r.TruthId));
    }

    [Fact]
    public void Twins_share_their_birth_date_parents_and_family()
    {
        var births = SyntheticSample.Families
            .SelectMany(f => f.Children.GroupBy(c => c.Truth.BirthDate).Where(g => g.Count() > 1))
            .ToList();

        Assert.True(births.Count >= 5, $"{births.Count} multiple births");
        foreach (var birth in births)
        {
            var children = birth.ToList();
            Assert.All(children, c => Assert.True(c.Truth.MultipleBirthFlag));
            Assert.Single(children.Select(c => (c.FamilyId, c.Truth.Parent1FirstName, c.Truth.Parent1LastName, c.Truth.Parent2FirstName, c.Truth.Parent2LastName)).Distinct());
            Assert.Equal(children.Count, children.Select(c => c.Truth.FirstName).Distinct().Count());
            Assert.All(children.SelectMany(c => c.Records), r => Assert.True(r.Record.Demographics!.MultipleBirthFlag));

            // Twins are in the same grade in every school year both attend school in the same State.
            var grades = children.SelectMany(c => c.Records.SelectMany(r => r.Record.Enrollments
                    .Where(e => e.EnrollmentType is MepEnrollmentType.BasicSchoolProgram or MepEnrollmentType.BasicSchoolAndRegularTermMepProject)
                    .Select(e => (r.State, Year: e.EnrollmentDate.Month >= 8 ? e.EnrollmentDate.Year : e.EnrollmentDate.Year - 1, e.GradeLevel))))
                .GroupBy(g => (g.State, g.Year));
            Assert.All(grades, g => Assert.Single(g.Select(x => x.GradeLevel).Distinct()));
        }
    }

    [Fact]
    public void Siblings_share_their_parents_and_hispanic_children_carry_both_parents_first_surnames()
    {
        var doubleSurnamed = 0;
        foreach (var family in SyntheticSample.Families)
        {
            Assert.Single(family.Children.Select(c => (c.Truth.Parent1FirstName, c.Truth.Parent1LastName, c.Truth.Parent2FirstName, c.Truth.Parent2LastName)).Distinct());
            foreach (var truth in family.Children.Select(c => c.Truth).Where(t => t.LastName2 is not null))
            {
                doubleSurnamed++;
                Assert.StartsWith(truth.LastName1 + " ", truth.Parent1LastName, StringComparison.Ordinal);
                Assert.StartsWith(truth.LastName2 + " ", truth.Parent2LastName, StringComparison.Ordinal);
            }
        }

        Assert.True(doubleSurnamed > SyntheticSample.Options.Children / 2);
    }

    [Fact]
    public void Surnames_follow_a_realistic_skew()
    {
        var surnames = SyntheticSample.Children.Select(c => c.Truth.LastName1).GroupBy(s => s).OrderByDescending(g => g.Count()).ToList();
        var top = surnames.Take(12).Select(g => g.Key).ToList();

        Assert.Contains("Hernández", top);
        Assert.Contains("García", top);
        Assert.Contains("Martínez", top);
        Assert.True(surnames.Count(g => g.Count() <= 2) > 20, "Rare surnames appear only a few times.");
    }

    [Fact]
    public void The_population_mixes_naming_traditions_and_keeps_accents_and_enye()
    {
        var truths = SyntheticSample.Children.Select(c => c.Truth).ToList();

        Assert.Contains(truths, t => t.LastName1.Contains('ñ', StringComparison.Ordinal) || t.LastName2?.Contains('ñ', StringComparison.Ordinal) == true);
        Assert.Contains(truths, t => t.FirstName.Any(ch => "áéíóú".Contains(ch, StringComparison.Ordinal)));
        Assert.Contains(truths, t => t.LastName2 is null);
        Assert.Contains(truths, t => t.LastName1 is "Nguyen" or "Tran" or "Le" or "Pham" or "Smith" or "Johnson" or "Pierre" or "Joseph" or "Jean-Baptiste");
        Assert.Contains(truths, t => t.BirthCountry == "MX");
        Assert.Contains(truths, t => t.BirthCountry == "GT");
        Assert.Contains(truths, t => t.BirthCountry == "US" && UsStates.IsState(t.BirthState));
    }

    [Fact]
    public void Each_state_gives_each_child_its_own_unique_id_in_its_own_form()
    {
        foreach (var state in SyntheticSample.Records.GroupBy(r => r.State))
        {
            var ids = state.Select(r => r.Record.StateStudentId).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }

        Assert.All(SyntheticSample.Records.Where(r => r.State == "TX"), r => Assert.Matches("^TX[1-9][0-9]{8}$", r.Record.StateStudentId));
        Assert.All(SyntheticSample.Records.Where(r => r.State == "CA"), r => Assert.Matches("^[1-9][0-9]{9}$", r.Record.StateStudentId));
    }

    [Fact]
    public void Movers_have_a_record_in_each_state_they_lived_in_each_with_that_states_id()
    {
        var movers = SyntheticSample.Children.Where(c => c.IsMover).ToList();

        Assert.True(movers.Count > SyntheticSample.Options.Children / 10, $"{movers.Count} movers");
        foreach (var mover in movers)
        {
            Assert.Equal(mover.Records.Count, mover.States.Count);
            Assert.Equal(mover.Records.Count, mover.Records.Select(r => r.Record.StateStudentId).Distinct().Count());
            Assert.All(mover.Records, r => Assert.All(r.Record.QualifyingMoves, m => Assert.Equal(r.State, m.QualifyingMoveToState)));
        }

        // Moves between States come from the previous State.
        Assert.Contains(movers.SelectMany(m => m.Records).SelectMany(r => r.Record.QualifyingMoves),
            m => m.QualifyingMoveFromCountry == "US" && m.QualifyingMoveFromState != m.QualifyingMoveToState);
    }

    [Fact]
    public void A_single_state_generation_gives_one_record_per_child_and_about_ten_rows_each()
    {
        var records = SyntheticPopulation.GenerateState("TX", 2_000, seed: 8).ToList();

        Assert.Equal(2_000, records.Count);
        Assert.All(records, r => Assert.Equal("TX", r.State));
        Assert.Equal(2_000, records.Select(r => r.TruthId).Distinct().Count());
        var rowsPerChild = records.Average(r => SyntheticSubmissionSet.RowCount(r.Record));
        Assert.InRange(rowsPerChild, 8, 15);
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Throws<ArgumentException>(() => SyntheticPopulation.GenerateFamilies(new SyntheticOptions(1, 10, ["XX"])));
        Assert.Throws<ArgumentException>(() => SyntheticPopulation.GenerateFamilies(new SyntheticOptions(1, 10, [])));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticPopulation.GenerateFamilies(new SyntheticOptions(1, -1, ["TX"])));
        Assert.Equal(new DateOnly(2026, 10, 1), new SyntheticOptions(1, 1, ["TX"]).Today);
    }
}
