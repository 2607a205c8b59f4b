namespace Msix.Domain.Submissions.Format;

/// <summary>A section of a child record: where it lives in each submission format, and its fields.</summary>
/// <param name="Name">The section's name in the data dictionary.</param>
/// <param name="CsvFileName">Its file in a zip of CSV files.</param>
/// <param name="JsonArrayName">Its array in a JSON Lines record; null for the student section, whose fields sit at the top level.</param>
/// <param name="Fields">The section's own fields, in their CSV column order.</param>
public sealed record SectionSpec(
    string Name,
    string CsvFileName,
    string? JsonArrayName,
    IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>Finds a field by its CSV or JSON name, ignoring case.</summary>
    public FieldSpec? Find(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
