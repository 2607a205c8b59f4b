using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Msix.Domain.Submissions.Format;

/// <summary>
/// One child built from every field's example value in the schema: as a JSON line, and as the rows of the
/// CSV files. The data dictionary shows it, and a test reads it back without an error, so the examples stay true.
/// </summary>
public static class SchemaExample
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The example child as one JSON line.</summary>
    public static string JsonLine()
    {
        var child = new JsonObject();
        foreach (var field in SubmissionSchema.Student.Fields.Where(f => f.Example.Length > 0))
        {
            child[field.JsonName] = field.Example;
        }

        foreach (var section in SubmissionSchema.Sections.Where(s => s.JsonArrayName is not null))
        {
            var item = new JsonObject();
            foreach (var field in section.Fields.Where(f => f.Example.Length > 0))
            {
                item[field.JsonName] = field.Example;
            }

            child[section.JsonArrayName!] = new JsonArray(item);
        }

        return child.ToJsonString(Compact);
    }

    /// <summary>The example child as the CSV files of a zip: each file's header and one row.</summary>
    public static IReadOnlyList<(string FileName, string Content)> CsvFiles() =>
    [
        .. SubmissionSchema.CsvFiles.Select(section =>
        {
            var columns = SubmissionSchema.CsvColumns(section);
            var header = string.Join(",", columns.Select(c => c.Name));
            var row = string.Join(",", columns.Select(c => Csv.CsvText.Quote(c.Example)));
            return (section.CsvFileName, header + "\r\n" + row + "\r\n");
        }),
    ];
}
