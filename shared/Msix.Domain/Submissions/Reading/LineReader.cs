namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Splits a byte stream into lines (LF or CRLF; the last line may lack its line break) and checks that each
/// is valid UTF-8. Memory is bounded by the longest row allowed: a longer line is reported with its first
/// bytes and skipped to the next line break without being held. A UTF-8 byte order mark at the start is skipped.
/// </summary>
internal sealed class LineReader(int maxRowBytes)
{
    private const int ReadSize = 256 * 1024;

    /// <summary>Reads every line of <paramref name="stream"/>; returns the number of the last line.</summary>
    /// <param name="linesBefore">
    /// For a stream that is a later part of a file (starting right after a line break): the lines before it,
    /// so lines are numbered as in the whole file, and no byte order mark is looked for.
    /// </param>
    public async Task<long> ReadAsync(Stream stream, ILineSink sink, CancellationToken cancellationToken, long linesBefore = 0)
    {
        var buffer = new byte[(long)maxRowBytes + ReadSize + 2 > Array.MaxLength ? Array.MaxLength : maxRowBytes + ReadSize + 2];
        var state = new State { Line = linesBefore, First = linesBefore == 0 };
        var filled = 0;
        var end = false;
        while (!end)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            end = read == 0;
            filled += read;
            if (state.First && (filled >= 3 || end))
            {
                state.First = false;
                if (filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                {
                    buffer.AsSpan(3, filled - 3).CopyTo(buffer);
                    filled -= 3;
                }
            }
            else if (state.First)
            {
                continue;
            }

            var consumed = Process(buffer.AsSpan(0, filled), end, sink, ref state);
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
            await sink.FlushAsync(cancellationToken);
        }

        return state.Line;
    }

    /// <summary>Hands every complete line in <paramref name="data"/> to the sink; returns the bytes consumed.</summary>
    private int Process(ReadOnlySpan<byte> data, bool end, ILineSink sink, ref State state)
    {
        var position = 0;
        while (position < data.Length)
        {
            var rest = data[position..];
            var newline = rest.IndexOf((byte)'\n');
            if (state.Skipping)
            {
                if (newline < 0)
                {
                    return data.Length;
                }

                state.Skipping = false;
                position += newline + 1;
                continue;
            }

            if (newline < 0 && !end && rest.Length <= maxRowBytes + 1)
            {
                // The line continues in the next read.
                return position;
            }

            var line = newline < 0 ? rest : rest[..newline];
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            state.Line++;
            if (line.Length > maxRowBytes)
            {
                sink.OnLineTooLong(state.Line, line[..maxRowBytes]);
                if (newline < 0)
                {
                    state.Skipping = !end;
                    return data.Length;
                }

                position += newline + 1;
                continue;
            }

            position += newline < 0 ? rest.Length : newline + 1;
            if (line.IndexOfAnyExcept(" \t\r"u8) >= 0)
            {
                sink.OnLine(state.Line, line, System.Text.Unicode.Utf8.IsValid(line));
            }
        }

        return position;
    }

    private struct State
    {
        public State()
        {
        }

        public long Line { get; set; }

        public bool Skipping { get; set; }

        public bool First { get; set; } = true;
    }
}
