using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// One row of a section as both formats deliver it to validation: where it came from, and each field's
/// text as UTF-8 bytes (empty when absent), in the section's field order. A CSV row and an object of a JSON
/// line look the same from here on, so every field is checked by one code path. Rows are reused from child
/// to child (see <see cref="ChildRows"/>), so nothing may keep one after its child is assembled.
/// </summary>
internal sealed class RowData(SectionSpec section)
{
    private readonly ReadOnlyMemory<byte>[] _values = new ReadOnlyMemory<byte>[section.Fields.Count];
    private readonly FieldSpec[] _specs = [.. section.Fields];

    public SectionSpec Section { get; } = section;

    /// <summary>The schema's description of a field of the row's section.</summary>
    public FieldSpec Spec(int field) => _specs[field];

    /// <summary>The zip entry's name, or the uploaded file's name for JSON Lines.</summary>
    public string File { get; private set; } = "";

    /// <summary>The CSV row or JSON line.</summary>
    public long Row { get; private set; }

    /// <summary>The position in its JSON array (0-based); -1 for the student fields and for CSV rows.</summary>
    public int Index { get; private set; } = -1;

    public bool Json { get; private set; }

    public RowData Reset(string file, long row, int index, bool json)
    {
        File = file;
        Row = row;
        Index = index;
        Json = json;
        Array.Clear(_values);
        return this;
    }

    public ReadOnlySpan<byte> Value(int field) => _values[field].Span;

    public bool Has(int field) => !_values[field].IsEmpty;

    public void Set(int field, ReadOnlyMemory<byte> value) => _values[field] = value;

    /// <summary>How an error names a field: the CSV column, or the JSON path such as enrollments[1].withdrawalDate.</summary>
    public string Label(int field)
    {
        var spec = _specs[field];
        return !Json ? spec.Name
            : Section.JsonArrayName is null ? spec.JsonName
            : $"{Section.JsonArrayName}[{Index}].{spec.JsonName}";
    }

    /// <summary>How an error names the row as a whole: the JSON array element, or nothing for a CSV row.</summary>
    public string RowLabel => Json && Section.JsonArrayName is not null ? $"{Section.JsonArrayName}[{Index}]" : "";
}
