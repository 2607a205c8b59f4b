using System.Text.Json;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Phase 1 for JSON Lines: finds each line's stateStudentId (reading only as far as that property) and writes
/// the line to its bucket. A line that cannot be read is reported; if its child can still be told, a poisoned
/// record rejects that child, otherwise the row is rejected alone.
/// </summary>
internal sealed class JsonLineSpooler(SpoolWriter spool, string fileName, SubmissionErrorLog errors, ReadProgress progress) : ILineSink
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

        // The key's bytes as the line holds them, when it holds no escapes (the usual case): no string is made.
        var keyBytes = FindKeyValue(line, isFinal: true, out var value, out var code, out var message)
            ? value.ValueIsEscaped ? SpoolKey.Of(value.GetString()!) : SpoolKey.NormalizeValid(value.ValueSpan)
            : default;
        if (keyBytes.IsEmpty)
        {
            if (code is null)
            {
                (code, message) = (ErrorCodes.RequiredFieldMissing, $"{KeyName} is required.");
            }

            errors.Add(new SubmissionError(fileName, lineNumber, code == ErrorCodes.MalformedRow ? "" : KeyName, code, message!));
            _rejected++;
            return;
        }

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
        if (!FindKeyValue(line, isFinal, out var reader, out code, out message))
        {
            return null;
        }

        var value = reader.GetString()!.Trim();
        if (value.Length > 0)
        {
            return value;
        }

        code = ErrorCodes.RequiredFieldMissing;
        message = $"{KeyName} is required.";
        return null;
    }

    /// <summary>
    /// Positions <paramref name="reader"/> on the line's stateStudentId when it is a JSON string (it may be
    /// blank), reading the object only until that property; false, with the error's code and message, when the
    /// line is not a JSON object, has no stateStudentId that is a string, or (for a line's head) does not reach it.
    /// </summary>
    private static bool FindKeyValue(ReadOnlySpan<byte> line, bool isFinal, out Utf8JsonReader reader, out string? code, out string? message)
    {
        code = ErrorCodes.MalformedRow;
        message = null;
        reader = new Utf8JsonReader(line, isFinal, default);
        try
        {
            if (!reader.Read())
            {
                message = "The line is not a JSON object.";
                return false;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                message = "Each line must be one JSON object, starting with '{'.";
                return false;
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    code = ErrorCodes.RequiredFieldMissing;
                    message = $"{KeyName} is required.";
                    return false;
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
                        code = null;
                        return true;
                    case JsonTokenType.Null:
                        code = ErrorCodes.RequiredFieldMissing;
                        message = $"{KeyName} is required.";
                        return false;
                    default:
                        code = ErrorCodes.InvalidFormat;
                        message = $"{KeyName} must be a JSON string, not {JsonTypes.Describe(reader.TokenType)}.";
                        return false;
                }
            }

            message = "The line ends before its JSON object does (was the file cut short?).";
            return false;
        }
        catch (JsonException)
        {
            message = $"The line is not valid JSON (near byte {reader.BytesConsumed + 1:N0}).";
            return false;
        }
        catch (InvalidOperationException)
        {
            message = "The line is not valid JSON text.";
            return false;
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
