namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// What the reader has seen of one submission so far. Updated while the submission is read (from more than
/// one thread while children are assembled), and read for the receipt once reading is done.
/// </summary>
public sealed class ReadProgress
{
    private long _rowsReceived;
    private long _rowsRejected;
    private long _childrenRead;
    private long _childrenRejected;
    private long _bytesRead;

    /// <summary>"jsonl" or "csv-zip" once the format is known; "unknown" before, or when it is not one of them.</summary>
    public string Format { get; set; } = "unknown";

    /// <summary>Data rows read: JSON lines, or CSV records without the header rows. Blank lines are not rows.</summary>
    public long RowsReceived
    {
        get => Interlocked.Read(ref _rowsReceived);
        set => Interlocked.Exchange(ref _rowsReceived, value);
    }

    /// <summary>Rows that could not be read, or that belong to a rejected child or to no child.</summary>
    public long RowsRejected
    {
        get => Interlocked.Read(ref _rowsRejected);
        set => Interlocked.Exchange(ref _rowsRejected, value);
    }

    /// <summary>Children passed on, accepted or rejected.</summary>
    public long ChildrenRead => Interlocked.Read(ref _childrenRead);

    /// <summary>Children passed on without a record, because of errors.</summary>
    public long ChildrenRejected => Interlocked.Read(ref _childrenRejected);

    /// <summary>Bytes of data read: the file, or the decompressed entries of a zip.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>How many temporary buckets the rows were spread over while children were grouped.</summary>
    public int Buckets { get; set; }

    internal void AddRows(long received, long rejected)
    {
        Interlocked.Add(ref _rowsReceived, received);
        Interlocked.Add(ref _rowsRejected, rejected);
    }

    internal void AddRejectedRows(long rejected) => Interlocked.Add(ref _rowsRejected, rejected);

    internal void AddChild(bool rejected)
    {
        Interlocked.Increment(ref _childrenRead);
        if (rejected)
        {
            Interlocked.Increment(ref _childrenRejected);
        }
    }

    internal void AddBytes(long bytes) => Interlocked.Add(ref _bytesRead, bytes);
}
