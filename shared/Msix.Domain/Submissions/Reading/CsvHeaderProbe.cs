namespace Msix.Domain.Submissions.Reading;

/// <summary>Reads only the header row of a CSV file, for the checks that come before any row is read.</summary>
internal sealed class CsvHeaderProbe(string entryName, SubmissionErrorLog errors) : ICsvSink
{
    public bool Done { get; private set; }

    /// <summary>The header's column names; null when there was no readable header.</summary>
    public IReadOnlyList<string>? Names { get; private set; }

    public void OnRecord(in CsvRecord record)
    {
        Done = true;
        Names = CsvHeader.Names(record, entryName, errors);
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
