using Msix.Domain.Mde;

namespace Msix.Domain.Submissions.Writing;

/// <summary>What a record must satisfy before a writer writes it, so that no part of it is silently dropped.</summary>
internal static class WritableRecord
{
    public static void Check(ChildRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var alternates = record.Demographics?.AlternateStateStudentIds.Count ?? 0;
        if (alternates > SubmissionFieldText.AlternateStateStudentIdSlots)
        {
            throw new ArgumentException(
                $"Child {record.StateStudentId} has {alternates} alternate State student IDs; a submission carries at most {SubmissionFieldText.AlternateStateStudentIdSlots}.",
                nameof(record));
        }
    }
}
