using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Msix.Domain.Mde;

namespace Msix.Domain.Submissions.Format;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of one line of a JSON Lines submission (docs/submission.schema.json),
/// entirely from <see cref="SubmissionSchema"/>. It is a little stricter than the reader: codes in their
/// canonical case, and no empty strings (the reader also takes any case, and "" as no value).
/// </summary>
public static class JsonSchemaDocument
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly SectionSpec[] Arrays =
        [SubmissionSchema.QualifyingMove, SubmissionSchema.Enrollment, SubmissionSchema.Course, SubmissionSchema.Assessment];

    public static string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    public static void Write(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        writer.WriteString("$id", "submission.schema.json");
        writer.WriteString("title", "MSIX submission: one child per line of a JSON Lines file");
        writer.WriteString("description",
            "One State's complete current record of one child. Generated from the submission schema; see docs/data-dictionary.md for the meaning of every field and code.");
        writer.WriteString("type", "object");
        writer.WriteBoolean("additionalProperties", false);
        WriteRequired(writer, SubmissionSchema.Student.Fields.Where(f => f.Requirement == FieldRequirement.Always).Select(f => f.JsonName));

        writer.WriteStartObject("properties");
        foreach (var field in SubmissionSchema.Student.Fields)
        {
            WriteField(writer, field);
        }

        foreach (var section in Arrays)
        {
            writer.WriteStartObject(section.JsonArrayName!);
            writer.WriteString("description", $"The child's {section.Name.ToLowerInvariant()} rows.");
            writer.WriteStartArray("type");
            writer.WriteStringValue("array");
            writer.WriteStringValue("null");
            writer.WriteEndArray();
            writer.WriteStartObject("items");
            writer.WriteString("$ref", $"#/$defs/{DefinitionName(section)}");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();

        writer.WriteStartArray("allOf");
        WriteActionRule(writer, RecordAction.Upsert, then =>
        {
            WriteRequired(then, [.. SubmissionSchema.Student.Fields.Where(f => f.Requirement != FieldRequirement.Optional).Select(f => f.JsonName), SubmissionSchema.QualifyingMove.JsonArrayName!]);
            then.WriteStartObject("properties");
            then.WriteStartObject(SubmissionSchema.QualifyingMove.JsonArrayName!);
            then.WriteString("type", "array");
            then.WriteNumber("minItems", 1);
            then.WriteEndObject();
            then.WriteEndObject();
        });
        WriteActionRule(writer, RecordAction.Delete, then =>
        {
            then.WriteStartObject("properties");
            foreach (var section in Arrays)
            {
                then.WriteStartObject(section.JsonArrayName!);
                then.WriteNumber("maxItems", 0);
                then.WriteEndObject();
            }

            then.WriteEndObject();
        });
        writer.WriteEndArray();

        writer.WriteStartObject("$defs");
        foreach (var section in Arrays)
        {
            writer.WriteStartObject(DefinitionName(section));
            writer.WriteString("description", $"One {section.Name.ToLowerInvariant()} row.");
            writer.WriteString("type", "object");
            writer.WriteBoolean("additionalProperties", false);
            WriteRequired(writer, section.Fields.Where(f => f.Requirement != FieldRequirement.Optional).Select(f => f.JsonName));
            writer.WriteStartObject("properties");
            foreach (var field in section.Fields)
            {
                WriteField(writer, field);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string DefinitionName(SectionSpec section) =>
        char.ToLowerInvariant(section.JsonArrayName![0]) + section.JsonArrayName[1..^1];

    private static void WriteActionRule(Utf8JsonWriter writer, RecordAction action, Action<Utf8JsonWriter> then)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("if");
        writer.WriteStartObject("properties");
        writer.WriteStartObject("action");
        writer.WriteString("const", CodeSet<RecordAction>.CodeOf(action));
        writer.WriteEndObject();
        writer.WriteEndObject();
        WriteRequired(writer, ["action"]);
        writer.WriteEndObject();
        writer.WriteStartObject("then");
        then(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRequired(Utf8JsonWriter writer, IEnumerable<string> names)
    {
        writer.WriteStartArray("required");
        foreach (var name in names)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }

    private static void WriteField(Utf8JsonWriter writer, FieldSpec field)
    {
        writer.WriteStartObject(field.JsonName);
        writer.WriteString("description", field.Description);
        var nullable = field.Requirement == FieldRequirement.Optional;
        writer.WriteStartArray("type");
        switch (field.Kind)
        {
            case FieldKind.Boolean:
                writer.WriteStringValue("boolean");
                break;
            case FieldKind.Number:
                writer.WriteStringValue("number");
                break;
        }

        writer.WriteStringValue("string");
        if (nullable)
        {
            writer.WriteStringValue("null");
        }

        writer.WriteEndArray();
        writer.WriteNumber("maxLength", field.MaxLength);
        switch (field.Kind)
        {
            case FieldKind.Code:
                WriteEnum(writer, CodeSetTables.EntriesOf(field.CodeSet!).Select(e => e.Code), nullable);
                break;
            case FieldKind.State:
                WriteEnum(writer, UsStates.Codes, nullable);
                break;
            case FieldKind.Identifier:
                writer.WriteString("pattern", "^[A-Za-z0-9-]+$");
                break;
            case FieldKind.Date:
                writer.WriteString("pattern", @"^(\d{4}-\d{2}-\d{2}|\d{8})$");
                break;
            case FieldKind.Month:
                writer.WriteString("pattern", @"^(\d{4}-\d{2}|\d{6})$");
                break;
            case FieldKind.Timestamp:
                writer.WriteString("pattern", @"^(\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?|\d{8})$");
                break;
            case FieldKind.Boolean:
                writer.WriteString("pattern", "^([YyNn]|[Yy][Ee][Ss]|[Nn][Oo]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])$");
                break;
            case FieldKind.Number:
                writer.WriteNumber("minimum", 0);
                writer.WriteString("pattern", @"^\d+(\.\d+)?$");
                break;
            case FieldKind.Country:
                writer.WriteString("pattern", "^[A-Za-z]{2}$");
                break;
            case FieldKind.NcesSchoolId:
            case FieldKind.MsixId:
                writer.WriteString("pattern", @"^\d{12}$");
                break;
            case FieldKind.NcesDistrictId:
                writer.WriteString("pattern", @"^\d{7}$");
                break;
            case FieldKind.AcademicYear:
                writer.WriteString("pattern", @"^\d{4}-\d{4}$");
                break;
        }

        if (field.Example.Length > 0)
        {
            writer.WriteStartArray("examples");
            writer.WriteStringValue(field.Example);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteEnum(Utf8JsonWriter writer, IEnumerable<string> codes, bool nullable)
    {
        writer.WriteStartArray("enum");
        foreach (var code in codes)
        {
            writer.WriteStringValue(code);
        }

        if (nullable)
        {
            writer.WriteNullValue();
        }

        writer.WriteEndArray();
    }
}
