using System.Text.Unicode;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Reads CSV records (RFC 4180) from a byte stream: fields separated by commas, records by LF or CRLF,
/// quoted fields that hold commas, doubled quotes and line breaks. A quote inside an unquoted field is kept
/// as text. Memory is bounded by the longest row allowed: a longer record is reported with the fields that
/// fit and skipped to its end without being held. Blank lines are skipped; a UTF-8 byte order mark at the
/// start is skipped. Rows are numbered by the physical line where they start.
/// </summary>
internal sealed class CsvRecordReader
{
    private const int ReadSize = 256 * 1024;
    private const int NeedMore = -1;

    private readonly int _maxRowBytes;
    private readonly byte[] _out;
    private int[] _ends = new int[64];
    private int _fieldCount;
    private int _outLength;

    public CsvRecordReader(int maxRowBytes)
    {
        _maxRowBytes = maxRowBytes;
        _out = new byte[Math.Min((long)maxRowBytes + 2, Array.MaxLength)];
    }

    private enum SkipState
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>Reads every record of <paramref name="stream"/>; returns the number of physical lines.</summary>
    public async Task<long> ReadAsync(Stream stream, ICsvSink sink, CancellationToken cancellationToken)
    {
        var buffer = new byte[Math.Min((long)_maxRowBytes + 2 + ReadSize, Array.MaxLength)];
        var state = new ReaderState { First = true };
        var filled = 0;
        var end = false;
        while (!end && !sink.Done)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            end = read == 0;
            filled += read;
            if (state.First)
            {
                if (filled < 3 && !end)
                {
                    continue;
                }

                state.First = false;
                if (filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                {
                    buffer.AsSpan(3, filled - 3).CopyTo(buffer);
                    filled -= 3;
                }
            }

            var consumed = Process(buffer.AsSpan(0, filled), end, sink, ref state);
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
            await sink.FlushAsync(cancellationToken);
        }

        return state.Lines;
    }

    private int Process(ReadOnlySpan<byte> data, bool end, ICsvSink sink, ref ReaderState state)
    {
        var position = 0;
        while (position < data.Length && !sink.Done)
        {
            var rest = data[position..];
            if (state.Skipping)
            {
                var skipped = Skip(rest, ref state);
                if (skipped < 0)
                {
                    return data.Length;
                }

                state.Skipping = false;
                position += skipped;
                continue;
            }

            if (rest[0] == '\n')
            {
                state.Lines++;
                position++;
                continue;
            }

            if (rest[0] == '\r' && (rest.Length > 1 || !end))
            {
                if (rest.Length == 1)
                {
                    return position;
                }

                if (rest[1] == '\n')
                {
                    state.Lines++;
                    position += 2;
                    continue;
                }
            }

            var limit = Math.Min(rest.Length, _out.Length);
            var slice = rest[..limit];
            var final = end && limit == rest.Length;
            var row = state.Lines + 1;
            var consumed = Parse(slice, final, out var status);
            if (consumed == NeedMore)
            {
                if (limit < _out.Length)
                {
                    return position;
                }

                // Longer than any row may be: report the fields that fit, then skip to the record's end.
                sink.OnRecord(new CsvRecord(row, CsvRecordStatus.TooLong, _out.AsSpan(0, _outLength), _ends.AsSpan(0, _fieldCount), -1));
                state.Skip = SkipState.FieldStart;
                var skipped = Skip(rest, ref state);
                if (skipped < 0)
                {
                    state.Skipping = !end;
                    return data.Length;
                }

                position += skipped;
                continue;
            }

            var record = slice[..consumed];
            state.Lines += record.Count((byte)'\n');
            position += consumed;
            var content = record.EndsWith("\r\n"u8) ? record.Length - 2 : record.EndsWith("\n"u8) ? record.Length - 1 : record.Length;
            var invalidField = -1;
            if (content > _maxRowBytes)
            {
                status = CsvRecordStatus.TooLong;
            }
            else if (!Utf8.IsValid(record))
            {
                invalidField = FirstInvalidField();
                status = status == CsvRecordStatus.Ok ? CsvRecordStatus.InvalidUtf8 : status;
            }

            sink.OnRecord(new CsvRecord(row, status, _out.AsSpan(0, _outLength), _ends.AsSpan(0, _fieldCount), invalidField));
        }

        return position;
    }

    /// <summary>
    /// Parses one record from the start of <paramref name="data"/> into the field buffer. Returns the bytes it
    /// takes (with its line break), or <see cref="NeedMore"/> when the record does not end within the data.
    /// </summary>
    private int Parse(ReadOnlySpan<byte> data, bool final, out CsvRecordStatus status)
    {
        status = CsvRecordStatus.Ok;
        _fieldCount = 0;
        _outLength = 0;
        var i = 0;
        while (true)
        {
            if (i < data.Length && data[i] == '"')
            {
                i++;
                while (true)
                {
                    var quote = data[i..].IndexOf((byte)'"');
                    if (quote < 0)
                    {
                        if (!final)
                        {
                            return NeedMore;
                        }

                        Append(data[i..]);
                        EndField();
                        status = CsvRecordStatus.UnterminatedQuote;
                        return data.Length;
                    }

                    Append(data.Slice(i, quote));
                    i += quote + 1;
                    if (i < data.Length && data[i] == '"')
                    {
                        _out[_outLength++] = (byte)'"';
                        i++;
                        continue;
                    }

                    if (i == data.Length && !final)
                    {
                        return NeedMore;
                    }

                    break;
                }

                if (i == data.Length)
                {
                    EndField();
                    return i;
                }

                switch (data[i])
                {
                    case (byte)',':
                        EndField();
                        i++;
                        continue;
                    case (byte)'\n':
                        EndField();
                        return i + 1;
                    case (byte)'\r' when i + 1 < data.Length && data[i + 1] == '\n':
                        EndField();
                        return i + 2;
                    case (byte)'\r' when i + 1 == data.Length:
                        if (!final)
                        {
                            return NeedMore;
                        }

                        EndField();
                        return i + 1;
                }

                // Text after a closing quote: the record is malformed; it ends at the next line break.
                var lineEnd = data[i..].IndexOf((byte)'\n');
                if (lineEnd < 0 && !final)
                {
                    return NeedMore;
                }

                EndField();
                status = CsvRecordStatus.TextAfterQuote;
                return lineEnd < 0 ? data.Length : i + lineEnd + 1;
            }

            var stop = data[i..].IndexOfAny((byte)',', (byte)'\n');
            if (stop < 0)
            {
                if (!final)
                {
                    return NeedMore;
                }

                AppendLast(data[i..]);
                return data.Length;
            }

            if (data[i + stop] == '\n')
            {
                AppendLast(data.Slice(i, stop));
                return i + stop + 1;
            }

            Append(data.Slice(i, stop));
            EndField();
            i += stop + 1;
        }
    }

    private void AppendLast(ReadOnlySpan<byte> field)
    {
        Append(field.Length > 0 && field[^1] == '\r' ? field[..^1] : field);
        EndField();
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_out.AsSpan(_outLength));
        _outLength += bytes.Length;
    }

    private void EndField()
    {
        if (_fieldCount == _ends.Length)
        {
            Array.Resize(ref _ends, _ends.Length * 2);
        }

        _ends[_fieldCount++] = _outLength;
    }

    private int FirstInvalidField()
    {
        var start = 0;
        for (var i = 0; i < _fieldCount; i++)
        {
            if (!Utf8.IsValid(_out.AsSpan(start, _ends[i] - start)))
            {
                return i;
            }

            start = _ends[i];
        }

        return -1;
    }

    /// <summary>Follows a record's quoting to its end without keeping it; returns the bytes up to and with its line break, or -1.</summary>
    private static int Skip(ReadOnlySpan<byte> data, ref ReaderState state)
    {
        for (var i = 0; i < data.Length; i++)
        {
            var b = data[i];
            if (b == '\n')
            {
                state.Lines++;
                if (state.Skip != SkipState.Quoted)
                {
                    return i + 1;
                }

                continue;
            }

            state.Skip = (state.Skip, b) switch
            {
                (SkipState.FieldStart, (byte)'"') => SkipState.Quoted,
                (SkipState.FieldStart, (byte)',') => SkipState.FieldStart,
                (SkipState.FieldStart, _) => SkipState.Unquoted,
                (SkipState.Unquoted, (byte)',') => SkipState.FieldStart,
                (SkipState.Unquoted, _) => SkipState.Unquoted,
                (SkipState.Quoted, (byte)'"') => SkipState.QuoteInQuoted,
                (SkipState.Quoted, _) => SkipState.Quoted,
                (SkipState.QuoteInQuoted, (byte)'"') => SkipState.Quoted,
                (SkipState.QuoteInQuoted, (byte)',') => SkipState.FieldStart,
                _ => SkipState.Unquoted,
            };
        }

        return -1;
    }

    private struct ReaderState
    {
        public long Lines { get; set; }

        public bool Skipping { get; set; }

        public bool First { get; set; }

        public SkipState Skip { get; set; }
    }
}
