using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Phase 1 for one CSV file of a zip: writes each row's fields, in the section's field order, to the bucket
/// of its StateStudentId. A row that cannot be read is reported; if its StateStudentId can still be read, a
/// poisoned record rejects that child, otherwise the row is rejected alone. <paramref name="abandoned"/>, when
/// given, tells the spooler to stop early: the submission is rejected anyway (another file of the zip failed).
/// </summary>
internal sealed class CsvEntrySpooler(
    SpoolWriter spool,
    CsvHeader header,
    byte fileIndex,
    string entryName,
    SubmissionErrorLog errors,
    ReadProgress progress,
    Func<bool>? abandoned = null) : ICsvSink
{
    private readonly RowKind _kind = RowKinds.Of(header.Section);
    private bool _headerSeen;
    private long _received;
    private long _rejected;

    public bool Done => abandoned is not null && abandoned();

    public void OnRecord(in CsvRecord record)
    {
        if (!_headerSeen)
        {
            _headerSeen = true;
            return;
        }

        if (record.Status == CsvRecordStatus.Ok && record.FieldCount == 1 && record.Field(0).Trim(" \t"u8).IsEmpty && header.ColumnCount > 1)
        {
            // A line of blanks is no row.
            return;
        }

        _received++;
        var problem = Problem(record, out var code, out var column);
        if (problem is not null)
        {
            errors.Add(new SubmissionError(entryName, record.Row, column, code, problem));
            var keyUsable = header.KeyColumn < record.FieldCount && header.KeyColumn != record.InvalidField;
            Poison(record.Row, keyUsable ? record.Field(header.KeyColumn) : default);
            return;
        }

        var key = SpoolKey.NormalizeValid(record.Field(header.KeyColumn));
        if (key.IsEmpty)
        {
            errors.Add(new SubmissionError(entryName, record.Row, SubmissionSchema.StateStudentId.Name, ErrorCodes.RequiredFieldMissing,
                $"{SubmissionSchema.StateStudentId.Name} is required: without it the row belongs to no child."));
            _rejected++;
            return;
        }

        // One pass: reserve the most the record can take, write it, then give back the rest.
        var fields = header.ColumnOfField;
        var most = SpoolRecord.PaddedLengthBytes + SpoolRecord.HeaderLength(record.Row, key.Length) + 5 + (5 * fields.Length) + record.DataLength;
        var bucket = spool.BucketOf(key);
        var target = spool.Reserve(bucket, most);
        var at = SpoolRecord.PaddedLengthBytes;
        at += SpoolRecord.WriteBodyHeader(target[at..], _kind, poisoned: false, fileIndex, record.Row, key);
        at += SpoolRecord.WriteVarint(target[at..], (ulong)fields.Length);
        foreach (var source in fields)
        {
            var length = source < 0 ? 0 : record.FieldLength(source);
            if (length < 0x7F)
            {
                // The usual short value (or none): its length takes one byte.
                target[at++] = (byte)(length == 0 ? 0 : length + 1);
            }
            else
            {
                at += SpoolRecord.WriteVarint(target[at..], (ulong)length + 1);
            }
        }

        if (header.InFieldOrder)
        {
            // The columns are the fields in their order: the record's data is the fields' data, in one copy.
            record.Data.CopyTo(target[at..]);
            at += record.DataLength;
        }
        else
        {
            foreach (var source in fields)
            {
                if (source >= 0)
                {
                    var value = record.Field(source);
                    value.CopyTo(target[at..]);
                    at += value.Length;
                }
            }
        }

        SpoolRecord.WritePaddedLength(target, at - SpoolRecord.PaddedLengthBytes);
        spool.Unreserve(bucket, most - at);
    }

    /// <summary>Passes on the counts (once per read, not per row) and writes the full chunks.</summary>
    public ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        progress.AddRows(_received, _rejected);
        _received = 0;
        _rejected = 0;
        return spool.FlushAsync(cancellationToken);
    }

    private string? Problem(in CsvRecord record, out string code, out string column)
    {
        code = ErrorCodes.MalformedRow;
        column = "";
        switch (record.Status)
        {
            case CsvRecordStatus.InvalidUtf8:
                code = ErrorCodes.InvalidUtf8;
                column = record.InvalidField >= 0 && record.InvalidField < header.ColumnCount ? header.ColumnNames[record.InvalidField] : "";
                return "The row is not valid UTF-8; save the file as UTF-8.";
            case CsvRecordStatus.TooLong:
                code = ErrorCodes.RowTooLong;
                return "The row is longer than any row may be; it was skipped.";
            case CsvRecordStatus.UnterminatedQuote:
                return "A quoted field is not closed before the end of the file.";
            case CsvRecordStatus.TextAfterQuote:
                column = record.FieldCount - 1 < header.ColumnCount ? header.ColumnNames[record.FieldCount - 1] : "";
                return "A closing quote is followed by text: a field that holds quotes must be quoted as a whole, its quotes doubled (\"\").";
            default:
                return record.FieldCount == header.ColumnCount ? null
                    : $"The row has {record.FieldCount} fields but the header has {header.ColumnCount} columns (a comma in a value that is not quoted?).";
        }
    }

    private void Poison(long row, ReadOnlySpan<byte> rawKey)
    {
        var key = System.Text.Unicode.Utf8.IsValid(rawKey) ? SpoolKey.Normalize(rawKey, out _) : default;
        if (key.IsEmpty)
        {
            _rejected++;
            return;
        }

        var body = SpoolRecord.HeaderLength(row, key.Length);
        var target = spool.Reserve(spool.BucketOf(key), SpoolRecord.FramedLength(body));
        SpoolRecord.WriteHeader(target, body, _kind, poisoned: true, fileIndex, row, key);
    }
}
