using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Mde;
using Msix.Domain.Records;
using Msix.Domain.Storage;
using Msix.Domain.Tests.Support;

namespace Msix.Domain.Tests.Records;

/// <summary>Consolidated records written straight to in-memory stores (no matching), and the record reader over them.</summary>
internal sealed class StudentRecordTestbed
{
    /// <summary>A valid MSIX ID for the child under test.</summary>
    public static readonly string ChildId = "10000000001" + MsixId.CheckDigit("10000000001");

    public InMemoryDocumentStore<ConsolidatedRecord> Records { get; } = new();

    public InMemoryDocumentStore<IdentityLink> Links { get; } = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One State's current record of the child, as the exchange stores it.</summary>
    public static ContributionDocument Contribution(string state, ChildRecord record, string submissionId = "s1", bool withdrawn = false) =>
        new(ContributionDocument.IdOf(state, record.StateStudentId), state, record.StateStudentId, record.AsOf, submissionId,
            record.AsOf.AddMinutes(5), "hash", withdrawn, record);

    /// <summary>The test child as a State's record: <see cref="TestRecords.Child"/> with its own ID, date and changes.</summary>
    public static ChildRecord Child(string stateStudentId, int daysAfter, Func<ChildRecord, ChildRecord>? change = null)
    {
        var child = TestRecords.Child(stateStudentId, asOf: TestRecords.AsOf.AddDays(daysAfter));
        return change is null ? child : change(child);
    }

    /// <summary>The test child's record with other demographics.</summary>
    public static ChildRecord Child(string stateStudentId, int daysAfter, Func<Demographics, Demographics> change) =>
        Child(stateStudentId, daysAfter, c => c with { Demographics = change(c.Demographics!) });

    public async Task StoreAsync(string msixId, params ContributionDocument[] contributions) =>
        await Records.UpsertAsync(new ConsolidatedRecord(msixId, msixId, contributions, TestRecords.AsOf, TestRecords.AsOf.AddDays(30)), Ct);

    /// <summary>Stores the child's record under <see cref="ChildId"/> and reads its view.</summary>
    public async Task<StudentRecordView> ViewAsync(params ContributionDocument[] contributions)
    {
        await StoreAsync(ChildId, contributions);
        var view = await ReadAsync(ChildId);
        Assert.NotNull(view);
        return view;
    }

    public Task<StudentRecordView?> ReadAsync(string msixId) => new StudentRecordReader(Records, Links).GetAsync(msixId, Ct);

    public static Enrollment Enrollment(string school, DateOnly enrolled, GradeLevel grade = GradeLevel.Grade09) =>
        new(null, school, null, null, enrolled, null, MepEnrollmentType.BasicSchoolProgram, grade, null, null, null, null, null, null, null, null, null, null);

    public static CourseHistory Course(
        string title,
        string subject,
        decimal? attempted,
        decimal? granted,
        bool inProgress = false,
        string year = "2025-2026",
        TermType term = TermType.Semester,
        CourseSection section = CourseSection.FullYear,
        string? school = "Weslaco East High School") =>
        new(title, subject, CourseType.Regular, section, term, year, school, null, inProgress ? "B" : null, inProgress ? null : "A-", attempted, granted, inProgress);
}
