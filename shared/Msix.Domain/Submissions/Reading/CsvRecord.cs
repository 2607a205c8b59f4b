namespace Msix.Domain.Submissions.Reading;

/// <summary>One CSV record (RFC 4180): its fields, unquoted, as UTF-8 bytes, and the physical line where it starts.</summary>
internal readonly ref struct CsvRecord
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly ReadOnlySpan<int> _ends;

    public CsvRecord(long row, CsvRecordStatus status, ReadOnlySpan<byte> data, ReadOnlySpan<int> ends, int invalidField)
    {
        Row = row;
        Status = status;
        _data = data;
        _ends = ends;
        InvalidField = invalidField;
    }

    /// <summary>The physical line where the record starts; the header is row 1.</summary>
    public long Row { get; }

    public CsvRecordStatus Status { get; }

    public int FieldCount => _ends.Length;

    /// <summary>The bytes of all fields together, unquoted.</summary>
    public int DataLength => _data.Length;

    /// <summary>The first field that is not valid UTF-8, or -1.</summary>
    public int InvalidField { get; }

    /// <summary>The bytes of all fields together, unquoted, in the order of the columns.</summary>
    public ReadOnlySpan<byte> Data => _data;

    public ReadOnlySpan<byte> Field(int index) => _data[(index == 0 ? 0 : _ends[index - 1]).._ends[index]];

    public int FieldLength(int index) => _ends[index] - (index == 0 ? 0 : _ends[index - 1]);
}
