using System.Text.Json;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Phase 1 for JSON Lines: finds each line's stateStudentId (reading only as far as that property) and writes
/// the line to its bucket. A line that cannot be read is reported; if its child can still be told, a poisoned
/// record rejects that child, otherwise the row is rejected alone.
/// </summary>
internal sealed class JsonLineSpooler(Spool spool, string fileName, SubmissionErrorLog errors, ReadProgress progress) : ILineSink
{
    private static readonly string KeyName = SubmissionSchema.StateStudentId.JsonName;
    private static readonly byte[] KeyNameUtf8 = System.Text.Encoding.UTF8.GetBytes(KeyName);
    private long _received;
    private long _rejected;

    public void OnLine(long lineNumber, ReadOnlySpan<byte> line, bool validUtf8)
    {
        _received++;
        if (!validUtf8)
        {
            errors.Add(new SubmissionError(fileName, lineNumber, "", ErrorCodes.InvalidUtf8,
                $"The line is not valid UTF-8 (at byte {InvalidUtf8At(line) + 1:N0}); save the file as UTF-8."));
            Poison(lineNumber, TryFindKey(line, isFinal: true, out _, out _));
            return;
        }

        var key = TryFindKey(line, isFinal: true, out var code, out var message);
        if (key is null)
        {
            errors.Add(new SubmissionError(fileName, lineNumber, code == ErrorCodes.MalformedRow ? "" : KeyName, code!, message!));
            _rejected++;
            return;
        }

        var keyBytes = SpoolKey.Of(key);
        var body = SpoolRecord.HeaderLength(lineNumber, keyBytes.Length) + line.Length;
        var target = spool.Reserve(spool.BucketOf(keyBytes), SpoolRecord.FramedLength(body));
        var at = SpoolRecord.WriteHeader(target, body, RowKind.JsonLine, poisoned: false, 0, lineNumber, keyBytes);
        line.CopyTo(target[at..]);
    }

    public void OnLineTooLong(long lineNumber, ReadOnlySpan<byte> head)
    {
        _received++;
        errors.Add(new SubmissionError(fileName, lineNumber, "", ErrorCodes.RowTooLong,
            $"The line is longer than {head.Length:N0} bytes, the most one child's line may be; it was skipped."));
        Poison(lineNumber, TryFindKey(head, isFinal: false, out _, out _));
    }

    /// <summary>Passes on the counts (once per read, not per row) and writes the full chunks.</summary>
    public ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        progress.AddRows(_received, _rejected);
        _received = 0;
        _rejected = 0;
        return spool.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// The line's stateStudentId, reading the object only until that property. Null when the line is not a
    /// JSON object, has no usable stateStudentId, or (for a line's head) does not reach it.
    /// </summary>
    internal static string? TryFindKey(ReadOnlySpan<byte> line, bool isFinal, out string? code, out string? message)
    {
        code = ErrorCodes.MalformedRow;
        message = null;
        var reader = new Utf8JsonReader(line, isFinal, default);
        try
        {
            if (!reader.Read())
            {
                message = "The line is not a JSON object.";
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                message = "Each line must be one JSON object, starting with '{'.";
                return null;
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    code = ErrorCodes.RequiredFieldMissing;
                    message = $"{KeyName} is required.";
                    return null;
                }

                var isKey = reader.ValueIsEscaped
                    ? string.Equals(reader.GetString(), KeyName, StringComparison.OrdinalIgnoreCase)
                    : System.Text.Ascii.EqualsIgnoreCase(reader.ValueSpan, KeyNameUtf8);
                if (!reader.Read())
                {
                    break;
                }

                if (!isKey)
                {
                    if (!reader.TrySkip())
                    {
                        break;
                    }

                    continue;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        var value = reader.GetString()!.Trim();
                        if (value.Length > 0)
                        {
                            return value;
                        }

                        goto case JsonTokenType.Null;
                    case JsonTokenType.Null:
                        code = ErrorCodes.RequiredFieldMissing;
                        message = $"{KeyName} is required.";
                        return null;
                    default:
                        code = ErrorCodes.InvalidFormat;
                        message = $"{KeyName} must be a JSON string, not {JsonTypes.Describe(reader.TokenType)}.";
                        return null;
                }
            }

            message = "The line ends before its JSON object does (was the file cut short?).";
            return null;
        }
        catch (JsonException)
        {
            message = $"The line is not valid JSON (near byte {reader.BytesConsumed + 1:N0}).";
            return null;
        }
        catch (InvalidOperationException)
        {
            message = "The line is not valid JSON text.";
            return null;
        }
    }

    private static int InvalidUtf8At(ReadOnlySpan<byte> line)
    {
        System.Text.Unicode.Utf8.ToUtf16(line, new char[line.Length], out var read, out _, replaceInvalidSequences: false);
        return read;
    }

    private void Poison(long lineNumber, string? key)
    {
        if (key is null)
        {
            _rejected++;
            return;
        }

        var keyBytes = SpoolKey.Of(key);
        var body = SpoolRecord.HeaderLength(lineNumber, keyBytes.Length);
        var target = spool.Reserve(spool.BucketOf(keyBytes), SpoolRecord.FramedLength(body));
        SpoolRecord.WriteHeader(target, body, RowKind.JsonLine, poisoned: true, 0, lineNumber, keyBytes);
    }
}
