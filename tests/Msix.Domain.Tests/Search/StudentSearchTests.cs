using Microsoft.Extensions.Options;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Identity.Matching;
using Msix.Domain.Mde;
using Msix.Domain.Search;
using Msix.Domain.Storage;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Search;

/// <summary>The student search over the matcher's blocking keys, on records consolidated as the exchange consolidates them.</summary>
public sealed class StudentSearchTests
{
    private readonly ConsolidationTestbed _bed = new();
    private readonly StudentSearch _search;

    public StudentSearchTests()
    {
        _search = NewSearch();
    }

    /// <summary>A search over the testbed's stores (or the ones given), sharing the resolver's memory of full keys unless given one.</summary>
    private StudentSearch NewSearch(
        IDocumentStore<BlockingKeyDocument>? blocks = null,
        IDocumentStore<ContributionDocument>? contributions = null,
        IDocumentStore<ConsolidatedRecord>? records = null,
        FullBlockingKeys? fullKeys = null,
        SearchOptions? options = null) =>
        new(
            blocks ?? _bed.Identity.Blocks,
            contributions ?? _bed.Contributions,
            records ?? _bed.Records,
            _bed.Links,
            new StoredMatchModelSource(new InMemoryDocumentStore<MatchModel>(), _bed.Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<StoredMatchModelSource>.Instance),
            fullKeys ?? _bed.Identity.FullKeys,
            Options.Create(options ?? new SearchOptions()));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ChildRecord Child(string id, string first, string last1, string? last2, DateOnly born, string parentFirst = "Juan", string city = "Guadalajara")
    {
        var child = TestRecords.Child(id, first);
        return child with
        {
            Demographics = child.Demographics! with
            {
                LastName1 = last1,
                LastName2 = last2,
                BirthDate = born,
                BirthCity = city,
                Parent1FirstName = parentFirst,
                Parent1LastName = last1,
                Parent2FirstName = null,
                Parent2LastName = null,
            },
        };
    }

    private Task<string> ConsolidateAsync(string state, ChildRecord record) => _bed.ConsolidateAsync(state, record);

    private async Task<SearchPage> FoundAsync(SearchCriteria criteria, int page = 1, int pageSize = 20)
    {
        var outcome = await _search.SearchAsync(criteria, page, pageSize, Ct);
        Assert.True(outcome.Results is not null, outcome.Refusal);
        return outcome.Results;
    }

    [Fact]
    public async Task A_child_is_found_despite_typos_lost_accents_and_either_surname_ranked_first_with_the_fields_that_matched()
    {
        var jose = await ConsolidateAsync("TX", Child("T1", "José", "García", "Núñez", new DateOnly(2011, 3, 9)));
        var other = await ConsolidateAsync("TX", Child("T2", "Guadalupe", "Martínez", null, new DateOnly(2011, 3, 9), "Pedro"));

        var plain = await FoundAsync(new SearchCriteria(FirstName: "Jose", LastName: "Garcia", BirthDate: new DateOnly(2011, 3, 9)));
        var secondSurname = await FoundAsync(new SearchCriteria(FirstName: "jose", LastName: "Nunez", BirthDate: new DateOnly(2011, 3, 9)));
        var misspelt = await FoundAsync(new SearchCriteria(FirstName: "Jose", LastName: "Garsia Nunes"));
        var byParent = await FoundAsync(new SearchCriteria(LastName: "García", ParentName: "Juan Garcia"));

        Assert.Equal(jose, plain.Hits[0].MsixId);
        Assert.Equal(["BirthDate", "FirstName", "LastName"], plain.Hits[0].Matched.Select(m => m.Comparison).Order(StringComparer.Ordinal));
        Assert.True(plain.Hits[0].Score > 0);
        Assert.DoesNotContain(plain.Hits, h => h.MsixId == other && h.Score >= plain.Hits[0].Score);
        Assert.Equal(jose, secondSurname.Hits[0].MsixId);
        Assert.Equal(jose, misspelt.Hits[0].MsixId);
        Assert.Equal(jose, byParent.Hits[0].MsixId);
        Assert.Equal(["TX"], plain.Hits[0].States);
        Assert.Equal(("José", "García", "Núñez"), (plain.Hits[0].FirstName, plain.Hits[0].LastName1, plain.Hits[0].LastName2));
    }

    [Fact]
    public async Task Results_are_paged_best_first_and_filtered_by_State()
    {
        var exact = await ConsolidateAsync("TX", Child("T1", "José", "García", null, new DateOnly(2011, 3, 9)));
        var daySwapped = await ConsolidateAsync("TX", Child("T2", "José", "García", null, new DateOnly(2011, 9, 3), "Pedro", "Monterrey"));
        Assert.NotEqual(exact, daySwapped);
        var criteria = new SearchCriteria(FirstName: "José", LastName: "García", BirthDate: new DateOnly(2011, 3, 9));

        var first = await FoundAsync(criteria, page: 1, pageSize: 1);
        var second = await FoundAsync(criteria, page: 2, pageSize: 1);
        var inCalifornia = await FoundAsync(criteria with { State = "CA" });

        Assert.Equal((2, exact), (first.Total, first.Hits.Single().MsixId));
        Assert.Equal(daySwapped, second.Hits.Single().MsixId);
        Assert.True(first.Hits[0].Score > second.Hits[0].Score);
        Assert.Equal(0, inCalifornia.Total);
    }

    [Fact]
    public async Task A_namesake_the_criteria_fit_far_worse_than_the_best_child_is_not_listed_with_or_without_a_State()
    {
        var child = await ConsolidateAsync("TX", Child("T1", "José", "García", null, new DateOnly(2011, 3, 9)));
        var namesake = await ConsolidateAsync("TX", Child("T2", "José", "García", null, new DateOnly(2013, 7, 21), "Pedro", "Monterrey"));
        var criteria = new SearchCriteria(FirstName: "José", LastName: "García", BirthDate: new DateOnly(2011, 3, 9));

        var found = await FoundAsync(criteria);
        var mistyped = await FoundAsync(criteria with { BirthDate = new DateOnly(2011, 9, 3) });
        var noCut = await NewSearch(options: new SearchOptions { ListWithinBits = 100 }).SearchAsync(criteria, 1, 20, Ct);
        var namesakeBorn = await FoundAsync(criteria with { BirthDate = new DateOnly(2013, 7, 21) });
        var inTexas = await FoundAsync(criteria with { State = "TX" });

        Assert.Equal([child], found.Hits.Select(h => h.MsixId));
        Assert.Equal([child], mistyped.Hits.Select(h => h.MsixId));
        Assert.Equal([child, namesake], noCut.Results!.Hits.Select(h => h.MsixId));
        Assert.True(noCut.Results.Hits[0].Score - noCut.Results.Hits[1].Score > new SearchOptions().ListWithinBits);
        Assert.Equal([namesake], namesakeBorn.Hits.Select(h => h.MsixId));
        Assert.Equal([child], inTexas.Hits.Select(h => h.MsixId));
    }

    [Fact]
    public async Task A_namesake_is_listed_when_the_best_match_by_its_keys_no_longer_fits_by_its_record()
    {
        var child = await ConsolidateAsync("TX", Child("T1", "José", "García", null, new DateOnly(2011, 3, 9)));
        var namesake = await ConsolidateAsync("TX", Child("T2", "José", "García", null, new DateOnly(2013, 7, 21), "Pedro", "Monterrey"));

        // The keys still carry the record's fields; the record itself has been withdrawn since.
        var stored = (await _bed.Records.ReadAsync(child, Ct))!.Document;
        await _bed.Records.UpsertAsync(stored with { Contributions = [.. stored.Contributions.Select(c => c with { Withdrawn = true })] }, Ct);
        var criteria = new SearchCriteria(FirstName: "José", LastName: "García", BirthDate: new DateOnly(2011, 3, 9));

        var found = await FoundAsync(criteria);

        Assert.DoesNotContain(child, found.Hits.Select(h => h.MsixId));
        Assert.Equal([namesake], found.Hits.Select(h => h.MsixId));
    }

    [Fact]
    public async Task An_MSIX_ID_or_a_State_student_ID_finds_the_child_directly()
    {
        var jose = await ConsolidateAsync("TX", Child("T1", "José", "García", null, new DateOnly(2011, 3, 9)));

        var byId = await FoundAsync(new SearchCriteria(MsixId: jose));
        var byStateId = await FoundAsync(new SearchCriteria(State: "TX", StateStudentId: "T1"));
        var withoutState = await _search.SearchAsync(new SearchCriteria(StateStudentId: "T1"), 1, 20, Ct);
        var unknown = await FoundAsync(new SearchCriteria(State: "TX", StateStudentId: "T404"));

        Assert.Equal(jose, byId.Hits.Single().MsixId);
        Assert.Equal(jose, byStateId.Hits.Single().MsixId);
        Assert.Contains("give the State", withoutState.Refusal, StringComparison.Ordinal);
        Assert.Equal(0, unknown.Total);
    }

    [Fact]
    public async Task A_search_that_would_list_the_nation_is_refused_with_a_request_for_more_criteria()
    {
        // Ninety children named Maria García, born on different days: every name key is full.
        for (var i = 0; i < 90; i++)
        {
            await ConsolidateAsync("TX", Child($"M{i}", "María", "García", null, new DateOnly(2005, 1, 1).AddDays(i * 40), city: $"City{i}"));
        }

        var oneName = await _search.SearchAsync(new SearchCriteria(LastName: "García"), 1, 20, Ct);
        var sexAndState = await _search.SearchAsync(new SearchCriteria(Sex: "F", State: "TX"), 1, 20, Ct);
        var commonNames = await _search.SearchAsync(new SearchCriteria(FirstName: "Maria", LastName: "Garcia"), 1, 20, Ct);
        var withBirthDate = await FoundAsync(new SearchCriteria(FirstName: "Maria", LastName: "Garcia", BirthDate: new DateOnly(2005, 1, 1).AddDays(400)));

        Assert.Contains("at least two", oneName.Refusal, StringComparison.Ordinal);
        Assert.Contains("at least two", sexAndState.Refusal, StringComparison.Ordinal);
        Assert.Contains("Too many children", commonNames.Refusal, StringComparison.Ordinal);
        Assert.Equal("TX-M10", IdentityLink.IdOf("TX", "M10"));
        Assert.Equal((await _bed.Links.ReadAsync("TX-M10", Ct))!.Document.MsixId, withBirthDate.Hits[0].MsixId);
    }

    [Fact]
    public async Task Candidates_are_ranked_by_the_fields_their_keys_carry_and_only_the_children_listed_are_read()
    {
        var jose = await ConsolidateAsync("TX", Child("T1", "José", "García", null, new DateOnly(2011, 3, 9)));
        for (var i = 0; i < 8; i++)
        {
            await ConsolidateAsync("TX", Child($"G{i}", "Guadalupe", "García", null, new DateOnly(2011, 3, 9).AddDays(-(i + 1) * 200), "Pedro"));
        }

        var contributions = new CountingStore<ContributionDocument>(_bed.Contributions);
        var records = new CountingStore<ConsolidatedRecord>(_bed.Records);
        var search = NewSearch(contributions: contributions, records: records);

        var outcome = await search.SearchAsync(new SearchCriteria(FirstName: "Jose", LastName: "Garcia", BirthDate: new DateOnly(2011, 3, 9)), 1, 20, Ct);

        Assert.Equal(jose, outcome.Results!.Hits.Single().MsixId);
        Assert.Equal(0, contributions.Reads);
        Assert.Equal(1, records.Reads);
    }

    [Fact]
    public async Task A_State_record_withdrawn_since_it_was_indexed_is_not_listed()
    {
        var jose = Child("T1", "José", "García", null, new DateOnly(2011, 3, 9));
        await ConsolidateAsync("TX", jose);
        var criteria = new SearchCriteria(FirstName: "José", LastName: "García", BirthDate: new DateOnly(2011, 3, 9));
        Assert.Equal(1, (await FoundAsync(criteria)).Total);

        await ConsolidateAsync("TX", jose with { Action = RecordAction.Delete });

        Assert.Equal(0, (await FoundAsync(criteria)).Total);
    }

    [Fact]
    public async Task A_child_is_listed_as_the_State_record_is_now_not_as_it_was_when_indexed()
    {
        var jose = Child("T1", "José", "García", null, new DateOnly(2011, 3, 9));
        var msixId = await ConsolidateAsync("TX", jose);
        await ConsolidateAsync("TX", jose with { Demographics = jose.Demographics! with { FirstName = "Josué" } });

        var found = await FoundAsync(new SearchCriteria(LastName: "García", BirthDate: new DateOnly(2011, 3, 9)));

        Assert.Equal(msixId, found.Hits.Single().MsixId);
        Assert.Equal("Josué", found.Hits[0].FirstName);
    }

    [Fact]
    public async Task A_child_whose_State_corrects_the_name_and_birth_date_is_found_as_corrected_under_the_same_MSIX_ID()
    {
        var sent = Child("T1", "José", "García", null, new DateOnly(2011, 3, 9));
        var msixId = await ConsolidateAsync("TX", sent);
        var corrected = sent with { Demographics = sent.Demographics! with { LastName1 = "Martínez", BirthDate = new DateOnly(2012, 5, 1), Parent1LastName = "Martínez" } };

        Assert.Equal(msixId, await ConsolidateAsync("TX", corrected));

        var asNow = await FoundAsync(new SearchCriteria(FirstName: "Jose", LastName: "Martinez", BirthDate: new DateOnly(2012, 5, 1)));
        var asBefore = await FoundAsync(new SearchCriteria(FirstName: "Jose", LastName: "Garcia", BirthDate: new DateOnly(2011, 3, 9)));
        Assert.Equal(msixId, asNow.Hits.Single().MsixId);
        Assert.Equal("Martínez", asNow.Hits[0].LastName1);
        Assert.Empty(asBefore.Hits);
    }

    [Fact]
    public async Task A_record_sent_again_with_the_same_identifying_fields_reads_no_blocking_key()
    {
        var sent = Child("T1", "José", "García", null, new DateOnly(2011, 3, 9));
        await ConsolidateAsync("TX", sent);
        var readsBefore = _bed.Identity.BlockReads.Reads;

        await ConsolidateAsync("TX", sent with { Enrollments = [sent.Enrollments[0] with { GradeLevel = GradeLevel.Grade10 }] });

        Assert.Equal(readsBefore, _bed.Identity.BlockReads.Reads);
        Assert.Equal(GradeLevel.Grade10, (await _bed.Records.ReadAsync((await _bed.Links.ReadAsync("TX-T1", Ct))!.Document.MsixId, Ct))!.Document.Contributions.Single().Record.Enrollments[0].GradeLevel);
    }

    [Fact]
    public async Task A_record_linked_before_links_kept_its_key_fields_joins_its_new_keys_when_sent_again()
    {
        var sent = Child("T1", "José", "García", null, new DateOnly(2011, 3, 9));
        var msixId = await ConsolidateAsync("TX", sent);
        await _bed.Links.UpdateAsync("TX-T1", l => l! with { KeyedFields = null }, Ct);
        var corrected = sent with { Demographics = sent.Demographics! with { FirstName = "Rodrigo", BirthDate = new DateOnly(2011, 4, 9) } };

        await ConsolidateAsync("TX", corrected);

        Assert.Equal(msixId, (await FoundAsync(new SearchCriteria(FirstName: "Rodrigo", LastName: "Garcia", BirthDate: new DateOnly(2011, 4, 9)))).Hits.Single().MsixId);
        Assert.Equal(MatchRecordFactory.FieldsOf("TX", corrected).Fingerprint(), (await _bed.Links.ReadAsync("TX-T1", Ct))!.Document.KeyedFields);
    }

    [Fact]
    public async Task A_record_linked_through_an_alternate_State_ID_is_found_by_its_own_fields()
    {
        var msixId = await ConsolidateAsync("TX", Child("OLD9", "José", "García", null, new DateOnly(2011, 3, 9)));
        var renumbered = Child("T2", "Joseph", "Garcia", null, new DateOnly(2011, 3, 9));
        renumbered = renumbered with { Demographics = renumbered.Demographics! with { AlternateStateStudentIds = [new AlternateStateStudentId(StateStudentIdType.Other, "OLD9")] } };

        Assert.Equal(msixId, await ConsolidateAsync("TX", renumbered));

        var found = await FoundAsync(new SearchCriteria(FirstName: "Joseph", LastName: "Garcia", BirthDate: new DateOnly(2011, 3, 9)));
        Assert.Equal(msixId, found.Hits.Single().MsixId);
        Assert.Equal("Joseph", found.Hits[0].FirstName);
        Assert.Equal(IdentityLink.AlternateIdMethod, (await _bed.Links.ReadAsync("TX-T2", Ct))!.Document.Method);
    }

    [Fact]
    public async Task A_blocking_key_seen_full_is_not_read_again_and_the_search_finds_the_same_children()
    {
        for (var i = 0; i < 90; i++)
        {
            await ConsolidateAsync("TX", Child($"M{i}", "María", "García", null, new DateOnly(2005, 1, 1).AddDays(i * 40), city: $"City{i}"));
        }

        var criteria = new SearchCriteria(FirstName: "Maria", LastName: "Garcia", BirthDate: new DateOnly(2005, 1, 1).AddDays(400));
        var keys = BlockingKeys.Of(StudentSearch.QueryRecord(criteria)).Distinct(StringComparer.Ordinal).Count();
        var remembering = new CountingStore<BlockingKeyDocument>(_bed.Identity.Blocks);
        var fresh = new CountingStore<BlockingKeyDocument>(_bed.Identity.Blocks);

        var found = await NewSearch(blocks: remembering).SearchAsync(criteria, 1, 20, Ct);
        var rememberingReads = remembering.Reads;
        var foundFresh = await NewSearch(blocks: fresh, fullKeys: new FullBlockingKeys(Options.Create(new MatchThresholds()))).SearchAsync(criteria, 1, 20, Ct);
        var refused = await NewSearch(blocks: remembering).SearchAsync(criteria with { BirthDate = null }, 1, 20, Ct);

        Assert.Equal(keys, fresh.Reads);
        Assert.InRange(rememberingReads, 1, keys - 1);
        Assert.Equal(foundFresh.Results!.Hits.Select(h => (h.MsixId, h.Score)), found.Results!.Hits.Select(h => (h.MsixId, h.Score)));
        Assert.Equal((await _bed.Links.ReadAsync(IdentityLink.IdOf("TX", "M10"), Ct))!.Document.MsixId, found.Results.Hits[0].MsixId);
        Assert.Contains("Too many children", refused.Refusal, StringComparison.Ordinal);
    }
}
