using Msix.Domain.Mde;

namespace Msix.Domain.Submissions.Writing;

/// <summary>
/// Writes one submission file, one child record at a time, without holding the records already written.
/// Call <see cref="CompleteAsync"/> once after the last record; disposing without completing leaves the
/// output unfinished.
/// </summary>
public interface ISubmissionWriter : IAsyncDisposable
{
    /// <summary>How many child records have been written.</summary>
    long Records { get; }

    ValueTask WriteAsync(ChildRecord record, CancellationToken cancellationToken);

    /// <summary>Writes what is still buffered and finishes the file.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
