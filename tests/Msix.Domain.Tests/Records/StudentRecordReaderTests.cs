using System.Text.Json;
using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Mde;
using Msix.Domain.Records;
using Msix.Domain.Tests.Support;
using static Msix.Domain.Tests.Records.StudentRecordTestbed;

namespace Msix.Domain.Tests.Records;

public sealed class StudentRecordReaderTests
{
    private readonly StudentRecordTestbed _bed = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_merged_msix_id_still_reads_the_record_it_was_merged_into()
    {
        var survivor = ChildId;
        var merged = "30000000001" + MsixId.CheckDigit("30000000001");
        await _bed.StoreAsync(survivor, Contribution("TX", Child("TX001", 0)), Contribution("CA", Child("CA-778", 3)));
        await _bed.Records.UpsertAsync(new ConsolidatedRecord(merged, merged, [], TestRecords.AsOf, TestRecords.AsOf.AddDays(4)) { AliasOf = survivor }, Ct);

        var view = await _bed.ReadAsync(merged);

        Assert.NotNull(view);
        Assert.Equal(survivor, view.MsixId);
        Assert.Equal(["CA", "TX"], view.Contributions.Select(c => c.State));
    }

    [Fact]
    public async Task Each_State_record_keeps_its_identity_link_identifiers_and_submission()
    {
        await _bed.Links.UpsertAsync(new IdentityLink("CA-CA-778", "CA", "CA-778", ChildId, IdentityLink.AutoLinkMethod, TestRecords.AsOf.AddDays(3)), Ct);
        var california = Child("CA-778", 3, d => d with { StateStudentIdType = StateStudentIdType.StateMepAssigned, AlternateStateStudentIds = [new AlternateStateStudentId(StateStudentIdType.Other, "SAL-1")] });

        var view = await _bed.ViewAsync(Contribution("TX", Child("TX001", 0)), Contribution("CA", california, "ca-sub-7"));

        var contribution = view.Contributions[0];
        Assert.Equal(("CA", "CA-778", StateStudentIdType.StateMepAssigned, "ca-sub-7"), (contribution.State, contribution.StateStudentId, contribution.StateStudentIdType, contribution.SubmissionId));
        Assert.Equal("SAL-1", Assert.Single(contribution.AlternateStateStudentIds).Id);
        Assert.Equal(IdentityLink.AutoLinkMethod, contribution.Link!.Method);
        Assert.Null(view.Contributions[1].Link);
    }

    [Fact]
    public async Task A_record_holding_copies_of_its_links_is_read_without_reading_a_link()
    {
        var texas = new IdentityLink("TX-TX001", "TX", "TX001", ChildId, IdentityLink.DeterministicMethod, TestRecords.AsOf) { KeyedFields = "fingerprint" };
        var california = new IdentityLink("CA-CA-778", "CA", "CA-778", ChildId, IdentityLink.AutoLinkMethod, TestRecords.AsOf.AddDays(3));
        var record = new ConsolidatedRecord(ChildId, ChildId, [Contribution("TX", Child("TX001", 0)), Contribution("CA", Child("CA-778", 3))], TestRecords.AsOf, TestRecords.AsOf.AddDays(3))
            .WithLinkCopies([texas, california]);
        await _bed.Records.UpsertAsync(record, Ct);
        var links = new CountingStore<IdentityLink>(_bed.Links);

        var view = await new StudentRecordReader(_bed.Records, links).GetAsync(ChildId, Ct);

        Assert.Equal(0, links.Reads);
        Assert.Equal([IdentityLink.AutoLinkMethod, IdentityLink.DeterministicMethod], view!.Contributions.Select(c => c.Link!.Method));
        Assert.All(view.Contributions, c => Assert.Null(c.Link!.KeyedFields));
    }

    [Fact]
    public async Task A_copy_that_links_the_State_record_elsewhere_is_not_used_the_link_is_read()
    {
        // A copy written while a merge moved the State record: the link itself says where it belongs now.
        var elsewhere = "30000000001" + MsixId.CheckDigit("30000000001");
        var stale = new IdentityLink("TX-TX001", "TX", "TX001", elsewhere, IdentityLink.AutoLinkMethod, TestRecords.AsOf);
        var record = new ConsolidatedRecord(ChildId, ChildId, [Contribution("TX", Child("TX001", 0))], TestRecords.AsOf, TestRecords.AsOf) { Links = [stale] };
        await _bed.Records.UpsertAsync(record, Ct);
        await _bed.Links.UpsertAsync(stale with { MsixId = ChildId, Method = IdentityLink.MergedMethod, LinkedAt = TestRecords.AsOf.AddDays(1) }, Ct);
        var links = new CountingStore<IdentityLink>(_bed.Links);

        var view = await new StudentRecordReader(_bed.Records, links).GetAsync(ChildId, Ct);

        Assert.Equal(1, links.Reads);
        Assert.Equal(IdentityLink.MergedMethod, Assert.Single(view!.Contributions).Link!.Method);
    }

    [Fact]
    public async Task The_view_reads_well_as_json_and_reads_back_the_same()
    {
        var view = await _bed.ViewAsync(
            Contribution("TX", Child("TX001", 5, d => d with { LastName1 = "García López", Suffix = null })),
            Contribution("CA", Child("CA-778", 0, d => d with { LastName1 = "García", Suffix = null })));

        var json = JsonSerializer.Serialize(view, MsixJson.Options);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var lastName = root.GetProperty("demographics").GetProperty("lastName1");
        Assert.Equal(("García López", "TX"), (lastName.GetProperty("value").GetString(), lastName.GetProperty("state").GetString()));
        var other = Assert.Single(lastName.GetProperty("disagreements").EnumerateArray());
        Assert.Equal(("García", "CA"), (other.GetProperty("value").GetString(), other.GetProperty("state").GetString()));
        Assert.Equal("M", root.GetProperty("demographics").GetProperty("sex").GetProperty("value").GetString());
        Assert.Equal("2011-03-09", root.GetProperty("demographics").GetProperty("birthDate").GetProperty("value").GetString());
        Assert.False(root.GetProperty("demographics").TryGetProperty("suffix", out _));
        Assert.Contains("García López", json, StringComparison.Ordinal);

        var enrollment = root.GetProperty("enrollments")[0];
        Assert.Equal(("TX", "01", "09"), (enrollment.GetProperty("state").GetString(), enrollment.GetProperty("enrollment").GetProperty("enrollmentType").GetString(), enrollment.GetProperty("enrollment").GetProperty("gradeLevel").GetString()));
        var term = root.GetProperty("courses")[0].GetProperty("terms")[0];
        Assert.Equal(("2025-2026", "0828"), (root.GetProperty("courses")[0].GetProperty("academicYear").GetString(), term.GetProperty("termType").GetString()));
        Assert.True(term.GetProperty("courses")[0].GetProperty("countedInCreditSummary").GetBoolean());
        Assert.Equal(1m, root.GetProperty("creditSummary").GetProperty("creditsGranted").GetDecimal());
        Assert.Equal("None", root.GetProperty("health").GetProperty("medicalAlertIndicator").GetProperty("value").GetString());
        Assert.True(root.GetProperty("health").GetProperty("immunizationRecordFlag").GetProperty("value").GetBoolean());
        Assert.Equal("2025-06-14", root.GetProperty("qualifyingMoves")[0].GetProperty("qualifyingMove").GetProperty("qualifyingArrivalDate").GetString());
        Assert.Equal("01", root.GetProperty("contributions")[0].GetProperty("stateStudentIdType").GetString());

        var back = JsonSerializer.Deserialize<StudentRecordView>(json, MsixJson.Options);
        Assert.Equal(json, JsonSerializer.Serialize(back, MsixJson.Options));
    }
}
