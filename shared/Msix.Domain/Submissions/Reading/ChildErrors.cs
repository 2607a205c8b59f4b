namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// The errors of the child being assembled: passed straight to the submission's log, and remembered so the
/// child is rejected as a whole if it has any.
/// </summary>
internal sealed class ChildErrors(SubmissionErrorLog log)
{
    public int Count { get; private set; }

    public bool Any => Count > 0;

    public void Reset() => Count = 0;

    public void Add(RowData row, int field, string code, string message, string? value = null) =>
        Add(row.File, row.Row, row.Label(field), code, message, value);

    public void Add(string file, long row, string field, string code, string message, string? value = null)
    {
        Count++;
        log.Add(new SubmissionError(file, row, field, code, message, SubmissionError.Excerpt(value)));
    }
}
