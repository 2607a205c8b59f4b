using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Msix.Domain.Mde;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Writing;

/// <summary>
/// Reads each field of a section from a model object, by the field's name: the schema's field names are
/// the model's property names. Built once per section; a field with no matching property fails at
/// start-up, not in the middle of a file.
/// </summary>
internal sealed class FieldAccessors<T>(SectionSpec section, FrozenDictionary<string, Func<T, string?>> byName)
{
    public string? Read(T row, FieldSpec field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return byName.TryGetValue(field.Name, out var read)
            ? read(row)
            : throw new ArgumentException($"'{field.Name}' is not a field of the {section.Name} section.", nameof(field));
    }
}

internal static class FieldAccessors
{
    private const string AlternateId = "AlternateStateStudentId";
    private const string AlternateIdType = "AlternateStateStudentIdType";

    /// <summary>The fields of a section's rows (moves, enrollments, courses, assessments): properties of <typeparamref name="T"/>.</summary>
    public static FieldAccessors<T> ForRows<T>(SectionSpec section) =>
        new(section, section.Fields.ToFrozenDictionary(f => f.Name, f => PropertyOf<T>(f.Name) ?? throw Unmapped(section, f)));

    /// <summary>
    /// The student fields: properties of the record (Action, AsOf, StateStudentId, MsixId), else of its
    /// demographics (empty for a delete, which has none), else a numbered alternate State student ID.
    /// </summary>
    public static FieldAccessors<ChildRecord> ForStudent(SectionSpec section) =>
        new(section, section.Fields.ToFrozenDictionary(f => f.Name, f => StudentField(f.Name) ?? throw Unmapped(section, f)));

    public static int AlternateIdSlots(SectionSpec section) =>
        section.Fields.Count(f => AlternateSlot(f.Name, AlternateId) is not null);

    private static Func<ChildRecord, string?>? StudentField(string name)
    {
        if (PropertyOf<ChildRecord>(name) is { } ofRecord)
        {
            return ofRecord;
        }

        if (PropertyOf<Demographics>(name) is { } ofDemographics)
        {
            return record => record.Demographics is { } demographics ? ofDemographics(demographics) : null;
        }

        if (AlternateSlot(name, AlternateIdType) is { } typeSlot)
        {
            return record => Alternate(record, typeSlot) is { } alternate ? SubmissionFieldText.Code(alternate.Type) : null;
        }

        if (AlternateSlot(name, AlternateId) is { } idSlot)
        {
            return record => SubmissionFieldText.Format(Alternate(record, idSlot)?.Id);
        }

        return null;
    }

    private static Func<T, string?>? PropertyOf<T>(string name)
    {
        var property = typeof(T).GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        return property is null ? null : row => SubmissionFieldText.Format(property.GetValue(row));
    }

    /// <summary>The 0-based slot of a numbered field such as AlternateStateStudentId2 (prefix + a number from 1).</summary>
    private static int? AlternateSlot(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) &&
        int.TryParse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number) &&
        number >= 1
            ? number - 1
            : null;

    private static AlternateStateStudentId? Alternate(ChildRecord record, int slot) =>
        record.Demographics?.AlternateStateStudentIds is { } alternates && slot < alternates.Count ? alternates[slot] : null;

    private static InvalidOperationException Unmapped(SectionSpec section, FieldSpec field) =>
        new($"The {section.Name} field '{field.Name}' has no property of the same name in the MDE model.");
}
