using System.Text;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// The columns of one CSV file of a submission, matched by name (any case, any order) to the section's
/// fields. A missing required column, an unknown column or a repeated column is an error of the whole file.
/// </summary>
internal sealed class CsvHeader
{
    private readonly int[] _columnOfField;

    private CsvHeader(SectionSpec section, int[] columnOfField, int keyColumn, string[] columnNames)
    {
        Section = section;
        _columnOfField = columnOfField;
        KeyColumn = keyColumn;
        ColumnNames = columnNames;
        ColumnCount = columnNames.Length;
        var next = 0;
        foreach (var column in columnOfField)
        {
            if (column >= 0 && column != next++)
            {
                next = -1;
                break;
            }
        }

        InFieldOrder = next == ColumnCount;
    }

    /// <summary>True when the columns are exactly the section's fields that the file has, in the section's order.</summary>
    public bool InFieldOrder { get; }

    public SectionSpec Section { get; }

    /// <summary>For each field of the section (in its order), its column, or -1 when the file has no such column.</summary>
    public ReadOnlySpan<int> ColumnOfField => _columnOfField;

    /// <summary>The StateStudentId column.</summary>
    public int KeyColumn { get; }

    /// <summary>Each column's field name as the schema spells it.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    public int ColumnCount { get; }

    /// <summary>Checks a header row; returns null after reporting its errors.</summary>
    public static CsvHeader? Create(SectionSpec section, string entryName, IReadOnlyList<string> names, SubmissionErrorLog errors)
    {
        var columns = SubmissionSchema.CsvColumns(section);
        var columnOfField = new int[section.Fields.Count];
        Array.Fill(columnOfField, -1);
        var keyColumn = -1;
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var columnNames = new string[names.Count];
        var ok = true;
        for (var column = 0; column < names.Count; column++)
        {
            var name = names[column].Trim();
            if (name.Length == 0)
            {
                ok = Fail(errors, entryName, "", $"Column {column + 1} of the header (row 1) has no name.");
                continue;
            }

            var spec = columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (spec is null)
            {
                ok = Fail(errors, entryName, name, UnknownColumnMessage(section, entryName, name));
                continue;
            }

            if (!seen.TryAdd(spec.Name, column))
            {
                ok = Fail(errors, entryName, spec.Name, $"The column {spec.Name} appears twice in the header (row 1): columns {seen[spec.Name] + 1} and {column + 1}.");
                continue;
            }

            columnNames[column] = spec.Name;
            var field = IndexOf(section, spec);
            if (field >= 0)
            {
                columnOfField[field] = column;
            }

            if (spec == SubmissionSchema.StateStudentId)
            {
                keyColumn = column;
            }
        }

        foreach (var spec in columns.Where(c => c.Requirement != FieldRequirement.Optional && !seen.ContainsKey(c.Name)))
        {
            ok = Fail(errors, entryName, spec.Name, $"The header (row 1) lacks the required column {spec.Name}.");
        }

        return ok ? new CsvHeader(section, columnOfField, keyColumn, columnNames) : null;
    }

    /// <summary>Reads the header's names; reports and returns null when the header row itself cannot be read.</summary>
    public static IReadOnlyList<string>? Names(in CsvRecord record, string entryName, SubmissionErrorLog errors)
    {
        var problem = record.Status switch
        {
            CsvRecordStatus.Ok => null,
            CsvRecordStatus.InvalidUtf8 => "The header (row 1) is not valid UTF-8; save the file as UTF-8.",
            CsvRecordStatus.TooLong => "The header (row 1) is longer than any row may be.",
            _ => "The header (row 1) is not a well-formed CSV row.",
        };
        if (problem is not null)
        {
            errors.Add(new SubmissionError(entryName, 0, "", ErrorCodes.CsvHeader, problem));
            return null;
        }

        var names = new string[record.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Encoding.UTF8.GetString(record.Field(i));
        }

        return names;
    }

    private static string UnknownColumnMessage(SectionSpec section, string entryName, string name)
    {
        var expected = string.Join(", ", SubmissionSchema.CsvColumns(section).Select(c => c.Name));
        var message = $"{SubmissionError.Excerpt(name)} is not a column of {section.CsvFileName}";
        if (section == SubmissionSchema.Enrollment && SubmissionSchema.Health.Find(name) is { InHealthCsv: true })
        {
            return $"{message}: the health fields travel in health.csv.";
        }

        return $"{message} ({entryName}); its columns are {expected}.";
    }

    private static int IndexOf(SectionSpec section, FieldSpec spec)
    {
        for (var i = 0; i < section.Fields.Count; i++)
        {
            if (section.Fields[i] == spec)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Fail(SubmissionErrorLog errors, string entryName, string column, string message)
    {
        errors.Add(new SubmissionError(entryName, 0, column, ErrorCodes.CsvHeader, message));
        return false;
    }
}
