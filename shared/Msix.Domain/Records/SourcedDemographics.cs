using Msix.Domain.Consolidation;
using Msix.Domain.Mde;

namespace Msix.Domain.Records;

/// <summary>
/// Who the child is: each MDE demographic element from the most recent State record that has it, with its
/// State and date, and where States disagree. An optional element no State sent is null.
/// </summary>
public sealed record SourcedDemographics(
    SourcedValue<string> FirstName,
    SourcedValue<string>? MiddleName,
    SourcedValue<string> LastName1,
    SourcedValue<string>? LastName2,
    SourcedValue<string>? Suffix,
    SourcedValue<Sex> Sex,
    SourcedValue<DateOnly> BirthDate,
    SourcedValue<BirthDateVerification>? BirthDateVerification,
    SourcedValue<bool> MultipleBirthFlag,
    SourcedValue<string>? BirthCity,
    SourcedValue<string>? BirthState,
    SourcedValue<string>? BirthCountry,
    SourcedValue<string>? Parent1FirstName,
    SourcedValue<string>? Parent1LastName,
    SourcedValue<string>? Parent2FirstName,
    SourcedValue<string>? Parent2LastName)
{
    /// <param name="newestFirst">Current contributions that hold demographics, most recent first.</param>
    internal static SourcedDemographics From(IReadOnlyList<ContributionDocument> newestFirst)
    {
        var newest = newestFirst[0];
        return new SourcedDemographics(
            Text(newestFirst, d => d.FirstName) ?? Unsourced(newest, newest.Record.Demographics!.FirstName),
            Text(newestFirst, d => d.MiddleName),
            Text(newestFirst, d => d.LastName1) ?? Unsourced(newest, newest.Record.Demographics!.LastName1),
            Text(newestFirst, d => d.LastName2),
            Text(newestFirst, d => d.Suffix),
            Required(newestFirst, d => d.Sex),
            Required(newestFirst, d => d.BirthDate),
            Value(newestFirst, d => d.BirthDateVerification),
            Required(newestFirst, d => d.MultipleBirthFlag),
            Text(newestFirst, d => d.BirthCity),
            Text(newestFirst, d => d.BirthState),
            Text(newestFirst, d => d.BirthCountry),
            Text(newestFirst, d => d.Parent1FirstName),
            Text(newestFirst, d => d.Parent1LastName),
            Text(newestFirst, d => d.Parent2FirstName),
            Text(newestFirst, d => d.Parent2LastName));
    }

    private static SourcedValue<string>? Text(IReadOnlyList<ContributionDocument> newestFirst, Func<Demographics, string?> element) =>
        SourcedValue<string>.Pick(
            from c in newestFirst
            let value = element(c.Record.Demographics!)
            where !string.IsNullOrWhiteSpace(value)
            select new StateValue<string>(value, c.State, c.AsOf),
            (a, b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase));

    private static SourcedValue<T>? Value<T>(IReadOnlyList<ContributionDocument> newestFirst, Func<Demographics, T?> element)
        where T : struct =>
        SourcedValue<T>.Pick(
            from c in newestFirst
            let value = element(c.Record.Demographics!)
            where value.HasValue
            select new StateValue<T>(value.Value, c.State, c.AsOf),
            EqualityComparer<T>.Default.Equals);

    /// <summary>An element every record holds (its type has no "missing").</summary>
    private static SourcedValue<T> Required<T>(IReadOnlyList<ContributionDocument> newestFirst, Func<Demographics, T> element)
        where T : struct =>
        Value(newestFirst, d => (T?)element(d))!;

    /// <summary>A required element that every record left blank: shown as the newest record has it.</summary>
    private static SourcedValue<string> Unsourced(ContributionDocument newest, string value) =>
        new(value, newest.State, newest.AsOf, []);
}
