using System.Text.Json;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Turns one JSON line into the child's rows: the student fields at the top level, one row per object of
/// qualifyingMoves, enrollments, courses and assessments. The values stay UTF-8 slices of the line (copied
/// only when they hold escapes). Unknown properties (typos), values of the wrong JSON type and lines that
/// are not valid JSON are reported here; the fields themselves are checked later, as for CSV.
/// </summary>
internal sealed class JsonChildParser(ChildErrors errors)
{
    private const int ArrayCode = 1000;

    private static readonly SectionSpec[] Arrays =
        [SubmissionSchema.QualifyingMove, SubmissionSchema.Enrollment, SubmissionSchema.Course, SubmissionSchema.Assessment];

    private static readonly JsonFieldNames StudentNames = new(SubmissionSchema.Student,
        Arrays.Select((s, i) => (s.JsonArrayName!, ArrayCode + i)).ToDictionary(p => p.Item1, p => p.Item2));

    private static readonly JsonFieldNames[] ArrayNames = [.. Arrays.Select(s => new JsonFieldNames(s))];

    private static readonly ReadOnlyMemory<byte> TrueText = "true"u8.ToArray();
    private static readonly ReadOnlyMemory<byte> FalseText = "false"u8.ToArray();

    /// <summary>Fills <paramref name="rows"/> from the line; false when the line is not a readable JSON object.</summary>
    public bool Parse(ReadOnlyMemory<byte> line, string file, long lineNumber, ChildRows rows)
    {
        var reader = new Utf8JsonReader(line.Span, isFinalBlock: true, state: default);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                errors.Add(file, lineNumber, "", ErrorCodes.MalformedRow, "Each line must be one JSON object, starting with '{'.");
                return false;
            }

            var student = rows.Add(SubmissionSchema.Student, file, lineNumber, -1, json: true);
            ReadObject(ref reader, line, student, StudentNames, rows);
            if (reader.Read())
            {
                errors.Add(file, lineNumber, "", ErrorCodes.MalformedRow, "The line holds more than one JSON value; write one child per line.");
                return false;
            }

            return true;
        }
        catch (JsonException)
        {
            var truncated = reader.BytesConsumed >= line.Length - 1 || reader.CurrentDepth > 0 && line.Span.TrimEnd(" \t"u8)[^1] != '}';
            errors.Add(file, lineNumber, "", ErrorCodes.MalformedRow, truncated
                ? "The line ends before its JSON object does (was the file cut short?)."
                : $"The line is not valid JSON (near byte {reader.BytesConsumed + 1:N0}).");
            return false;
        }
    }

    private void ReadObject(ref Utf8JsonReader reader, ReadOnlyMemory<byte> line, RowData target, JsonFieldNames names, ChildRows? rows)
    {
        var seen = 0UL;
        var expected = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var code = names.Find(ref reader, expected, out var unknownName);
            reader.Read();
            if (code == JsonFieldNames.Unknown)
            {
                var label = target.Section.JsonArrayName is null ? unknownName : $"{target.RowLabel}.{unknownName}";
                errors.Add(target.File, target.Row, label ?? "", ErrorCodes.UnknownField,
                    $"{SubmissionError.Excerpt(unknownName)} is not a field of {(target.Section.JsonArrayName is null ? "a child's line" : $"an object of {target.Section.JsonArrayName}")}; check its spelling against the data dictionary.");
                reader.Skip();
                continue;
            }

            if (code >= ArrayCode)
            {
                ReadArray(ref reader, line, target, code - ArrayCode, rows!);
                continue;
            }

            expected = code + 1;
            if ((seen & (1UL << code)) != 0)
            {
                errors.Add(target, code, ErrorCodes.MalformedRow, $"{target.Label(code)} appears twice in the object.");
                reader.Skip();
                continue;
            }

            seen |= 1UL << code;
            ReadValue(ref reader, line, target, code);
        }
    }

    private void ReadArray(ref Utf8JsonReader reader, ReadOnlyMemory<byte> line, RowData student, int array, ChildRows rows)
    {
        var section = Arrays[array];
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            errors.Add(student.File, student.Row, section.JsonArrayName!, ErrorCodes.InvalidFormat,
                $"{section.JsonArrayName} must be an array of objects, not {JsonTypes.Describe(reader.TokenType)}.");
            reader.Skip();
            return;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                errors.Add(student.File, student.Row, $"{section.JsonArrayName}[{index}]", ErrorCodes.InvalidFormat,
                    $"Each item of {section.JsonArrayName} must be an object, not {JsonTypes.Describe(reader.TokenType)}.");
                reader.Skip();
                index++;
                continue;
            }

            var item = rows.Add(section, student.File, student.Row, index, json: true);
            ReadObject(ref reader, line, item, ArrayNames[array], null);
            index++;
        }
    }

    private void ReadValue(ref Utf8JsonReader reader, ReadOnlyMemory<byte> line, RowData target, int field)
    {
        var spec = target.Section.Fields[field];
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                if (reader.ValueIsEscaped)
                {
                    var unescaped = new byte[reader.ValueSpan.Length];
                    var length = reader.CopyString(unescaped);
                    target.Set(field, unescaped.AsMemory(0, length));
                }
                else
                {
                    target.Set(field, line.Slice((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length));
                }

                return;
            case JsonTokenType.Number when spec.Kind == FieldKind.Number:
                target.Set(field, line.Slice((int)reader.TokenStartIndex, reader.ValueSpan.Length));
                return;
            case JsonTokenType.True when spec.Kind == FieldKind.Boolean:
                target.Set(field, TrueText);
                return;
            case JsonTokenType.False when spec.Kind == FieldKind.Boolean:
                target.Set(field, FalseText);
                return;
            case JsonTokenType.Null:
                return;
        }

        var expected = spec.Kind switch
        {
            FieldKind.Number => "a number or a string",
            FieldKind.Boolean => "true, false or a string such as \"Y\"",
            _ => string.IsNullOrEmpty(spec.Example) ? "a string" : $"a string such as \"{spec.Example}\"",
        };
        errors.Add(target, field, ErrorCodes.InvalidFormat, $"{target.Label(field)} must be {expected}, not {JsonTypes.Describe(reader.TokenType)}.");
        reader.Skip();
    }
}
