using Msix.Domain.Consolidation;
using Msix.Domain.Identity;
using Msix.Domain.Storage;

namespace Msix.Domain.Records;

/// <summary>Reads a child's consolidated record by MSIX ID: one point read.</summary>
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

        var newest = current.OrderByDescending(c => c.AsOf).ThenBy(c => c.State, StringComparer.Ordinal).ToList();
        var linked = await Task.WhenAll(newest.Select(c => links.ReadAsync(IdentityLink.IdOf(c.State, c.StateStudentId), cancellationToken)));
        var latest = newest[0];
        return new StudentRecordView(
            stored.Document.MsixId,
            stored.Document.UpdatedAt,
            new SourcedDemographics(latest.Record.Demographics!, latest.State, latest.AsOf),
            [.. newest.Select((c, i) => new ContributionView(
                c.State,
                c.StateStudentId,
                c.AsOf,
                c.SubmissionId,
                c.StoredAt,
                c.Record.QualifyingMoves,
                [.. c.Record.Enrollments.OrderByDescending(e => e.EnrollmentDate)],
                c.Record.Courses,
                c.Record.Assessments) { Link = linked[i]?.Document })]);
    }
}
