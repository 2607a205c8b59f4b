namespace Msix.Domain.Submissions.Reading;

/// <summary>Receives the records of a CSV file from <see cref="CsvRecordReader"/>.</summary>
internal interface ICsvSink
{
    /// <summary>True when the sink wants no more records (the reader then stops).</summary>
    bool Done { get; }

    void OnRecord(in CsvRecord record);

    /// <summary>Called between reads, where the sink may do its own asynchronous work.</summary>
    ValueTask FlushAsync(CancellationToken cancellationToken);
}
