using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Phase 1 for one CSV file of a zip: writes each row's fields, in the section's field order, to the bucket
/// of its StateStudentId. A row that cannot be read is reported; if its StateStudentId can still be read, a
/// poisoned record rejects that child, otherwise the row is rejected alone.
/// </summary>
internal sealed class CsvEntrySpooler(Spool spool, CsvHeader header, byte fileIndex, string entryName, SubmissionErrorLog errors, ReadProgress progress) : ICsvSink
{
    private readonly RowKind _kind = RowKinds.Of(header.Section);
    private bool _headerSeen;
    private long _received;
    private long _rejected;

    public bool Done => false;

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

        var key = SpoolKey.Normalize(record.Field(header.KeyColumn), out _);
        if (key.IsEmpty)
        {
            errors.Add(new SubmissionError(entryName, record.Row, SubmissionSchema.StateStudentId.Name, ErrorCodes.RequiredFieldMissing,
                $"{SubmissionSchema.StateStudentId.Name} is required: without it the row belongs to no child."));
            _rejected++;
            return;
        }

        // One pass: reserve the most the record can take, write it, then give back the rest.
        var fields = header.ColumnOfField;
        var most = SpoolRecord.PaddedLengthBytes + SpoolRecord.HeaderLength(record.Row, key.Length) + 5 + (5 * fields.Count) + record.DataLength;
        var bucket = spool.BucketOf(key);
        var target = spool.Reserve(bucket, most);
        var at = SpoolRecord.PaddedLengthBytes;
        at += SpoolRecord.WriteBodyHeader(target[at..], _kind, poisoned: false, fileIndex, record.Row, key);
        at += SpoolRecord.WriteVarint(target[at..], (ulong)fields.Count);
        for (var f = 0; f < fields.Count; f++)
        {
            var value = fields[f] < 0 ? default : record.Field(fields[f]);
            if (value.IsEmpty)
            {
                target[at++] = 0;
                continue;
            }

            at += SpoolRecord.WriteVarint(target[at..], (ulong)value.Length + 1);
            value.CopyTo(target[at..]);
            at += value.Length;
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
