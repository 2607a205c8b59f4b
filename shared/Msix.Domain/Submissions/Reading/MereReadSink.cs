using System.Text;
using System.Text.Json;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// The ceiling the reader is measured against: takes the rows from the same line and CSV readers, decodes
/// their UTF-8 into characters and, for JSON Lines, walks each line's JSON tokens, but builds nothing.
/// </summary>
internal sealed class MereReadSink : ILineSink, ICsvSink
{
    private char[] _chars = new char[4096];

    public long Rows { get; private set; }

    public long Characters { get; private set; }

    public long Tokens { get; private set; }

    public bool Done => false;

    public void OnLine(long lineNumber, ReadOnlySpan<byte> line, bool validUtf8)
    {
        Rows++;
        Decode(line);
        if (!validUtf8)
        {
            return;
        }

        var reader = new Utf8JsonReader(line, isFinalBlock: true, default);
        try
        {
            while (reader.Read())
            {
                Tokens++;
            }
        }
        catch (JsonException)
        {
            // A malformed line counts as read.
        }
    }

    public void OnLineTooLong(long lineNumber, ReadOnlySpan<byte> head) => Rows++;

    public void OnRecord(in CsvRecord record)
    {
        Rows++;
        for (var i = 0; i < record.FieldCount; i++)
        {
            Decode(record.Field(i));
            Tokens++;
        }
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    private void Decode(ReadOnlySpan<byte> bytes)
    {
        if (_chars.Length < bytes.Length)
        {
            _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        }

        Characters += Encoding.UTF8.GetChars(bytes, _chars);
    }
}
