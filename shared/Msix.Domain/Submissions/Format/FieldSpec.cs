namespace Msix.Domain.Submissions.Format;

/// <summary>
/// One field of a submission section: its name (the CSV column; the JSON property is the same name in
/// camel case), how it is read, whether it is required, its longest length, its code set, an example and
/// what it means. The parsers, the writers, the data dictionary and the JSON Schema all read this one table.
/// </summary>
public sealed record FieldSpec(
    string Name,
    FieldKind Kind,
    FieldRequirement Requirement,
    int MaxLength,
    string Example,
    string Description,
    Type? CodeSet = null,
    bool InHealthCsv = false)
{
    /// <summary>The property name in a JSON Lines submission.</summary>
    public string JsonName { get; } = char.ToLowerInvariant(Name[0]) + Name[1..];

    public bool IsRequired(bool isDelete) =>
        Requirement == FieldRequirement.Always || (Requirement == FieldRequirement.Upsert && !isDelete);
}
