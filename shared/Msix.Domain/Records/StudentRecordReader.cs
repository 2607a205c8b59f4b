using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Storage;

namespace Msix.Domain.Records;

/// <summary>
/// Reads a child's consolidated record by MSIX ID: one point read, which holds a copy of each State record's identity
/// link; a link the record holds no current copy of (written before copies were kept, or during a merge) is read.
/// </summary>
public sealed class StudentRecordReader(IDocumentStore<ConsolidatedRecord> records, IDocumentStore<IdentityLink> links)
{
    /// <summary>The child's record; null when no State holds a record under this MSIX ID.</summary>
    public async Task<StudentRecordView?> GetAsync(string msixId, CancellationToken cancellationToken)
    {
        var stored = await records.ReadAsync(msixId, cancellationToken);
        for (var hop = 0; hop < 5 && stored?.Document.AliasOf is { } alias; hop++)
        {
            // A merged MSIX ID still resolves: to the record it was merged into.
            stored = await records.ReadAsync(alias, cancellationToken);
        }

        var current = stored?.Document.Contributions.Where(c => !c.Withdrawn && c.Record.Demographics is not null).ToList();
        if (stored is null || current is null || current.Count == 0)
        {
            return null;
        }

        var newest = current
            .OrderByDescending(c => c.AsOf)
            .ThenBy(c => c.State, StringComparer.Ordinal)
            .ThenBy(c => c.StateStudentId, StringComparer.Ordinal)
            .ToList();
        // The record's copy of each link when it holds one that links here; otherwise the link itself.
        var linked = await Task.WhenAll(newest.Select(async c => stored.Document.LinkCopyOf(c.Id)
            ?? (await links.ReadAsync(IdentityLink.IdOf(c.State, c.StateStudentId), cancellationToken))?.Document));

        // OrderBy is stable: on the same date the most recent State record comes first, then the order the State sent.
        List<EnrollmentEntry> enrollments = [.. newest
            .SelectMany(c => c.Record.Enrollments, (c, e) => new EnrollmentEntry(c.State, c.AsOf, e))
            .OrderByDescending(e => e.Enrollment.EnrollmentDate)];
        var courses = CourseHistoryGrouping.Entries(newest);
        return new StudentRecordView(
            stored.Document.MsixId,
            stored.Document.UpdatedAt,
            SourcedDemographics.From(newest),
            enrollments,
            CourseHistoryGrouping.ByYearAndTerm(courses),
            CreditSummary.From([.. courses.Where(c => c.CountedInCreditSummary)]),
            [.. newest
                .SelectMany(c => c.Record.Assessments, (c, a) => new AssessmentEntry(c.State, c.AsOf, a))
                .OrderByDescending(a => a.Assessment.AdministrationDate)],
            HealthFlags.From(enrollments),
            [.. newest
                .SelectMany(c => c.Record.QualifyingMoves, (c, m) => new QualifyingMoveEntry(c.State, c.AsOf, m))
                .OrderByDescending(m => m.QualifyingMove.QualifyingArrivalDate)],
            [.. newest.Select((c, i) => new ContributionView(
                c.State,
                c.StateStudentId,
                c.Record.Demographics!.StateStudentIdType,
                c.Record.Demographics.AlternateStateStudentIds,
                c.AsOf,
                c.SubmissionId,
                c.StoredAt) { Link = linked[i] is { } link ? link with { KeyedFields = null } : null })]);
    }
}
