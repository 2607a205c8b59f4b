using Msix.Domain.Consolidation;
using Msix.Domain.Identity.Matching.Text;
using Msix.Domain.Mde;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// Builds <see cref="MatchRecord"/>s: from a stored contribution, or from the raw fields of another source. Their
/// names, cities and codes are shared through <see cref="NamePool.Shared"/>.
/// </summary>
public static class MatchRecordFactory
{
    /// <summary>The match record of a contribution (a contribution without demographics has no name and matches nothing).</summary>
    public static MatchRecord FromContribution(ContributionDocument contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        return FromChild(contribution.State, contribution.Record);
    }

    /// <summary>The match record of one State's record of a child.</summary>
    public static MatchRecord FromChild(string state, ChildRecord child) => Create(FieldsOf(state, child));

    /// <summary>The identifying fields of one State's record of a child, as they are compared.</summary>
    public static MatchFields FieldsOf(string state, ChildRecord child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var d = child.Demographics;
        return new MatchFields
        {
            State = state,
            StateStudentId = child.StateStudentId,
            FirstName = d?.FirstName,
            MiddleName = d?.MiddleName,
            LastName1 = d?.LastName1,
            LastName2 = d?.LastName2,
            BirthDate = d is null ? 0 : (d.BirthDate.Year * 10000) + (d.BirthDate.Month * 100) + d.BirthDate.Day,
            Sex = d is null ? null : SexCode(d.Sex),
            MultipleBirth = d?.MultipleBirthFlag ?? false,
            BirthCity = d?.BirthCity,
            BirthState = d?.BirthState,
            BirthCountry = d?.BirthCountry,
            Parent1FirstName = d?.Parent1FirstName,
            Parent1LastName = d?.Parent1LastName,
            Parent2FirstName = d?.Parent2FirstName,
            Parent2LastName = d?.Parent2LastName,
        };
    }

    /// <summary>The match record of raw identifying fields.</summary>
    public static MatchRecord Create(MatchFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var firstWords = NameText.Tokens(fields.FirstName);
        string[] lastNames = [.. NameText.Tokens(fields.LastName1), .. NameText.Tokens(fields.LastName2)];
        var firstWord = firstWords.Count > 0 ? firstWords[0] : "";
        List<string> parentFirst = [];
        foreach (var name in (ReadOnlySpan<string?>)[fields.Parent1FirstName, fields.Parent2FirstName])
        {
            var tokens = NameText.Tokens(name);
            if (tokens.Count > 0)
            {
                parentFirst.Add(tokens[0]);
            }
        }

        var names = NamePool.Shared;
        return new MatchRecord
        {
            Key = ContributionDocument.IdOf(fields.State, fields.StateStudentId),
            State = names.Share(fields.State),
            StateStudentId = fields.StateStudentId,
            FirstName = names.Share(string.Concat(firstWords)),
            FirstNameWord = names.Share(firstWord),
            MiddleName = names.Share(NameText.Compact(fields.MiddleName)),
            LastNames = [.. lastNames.Select(names.Share)],
            LastNameCompact = names.Share(string.Concat(lastNames)),
            FirstNamePhonetic = firstWord.Length == 0 ? "" : names.Share(DoubleMetaphone.Encode(firstWord).Primary),
            LastNamePhonetics = [.. lastNames.Select(n => names.Share(DoubleMetaphone.Encode(n).Primary))],
            BirthDate = fields.BirthDate,
            Sex = names.Share(fields.Sex?.Trim().ToUpperInvariant() ?? ""),
            MultipleBirth = fields.MultipleBirth,
            BirthCity = names.Share(NameText.Compact(fields.BirthCity)),
            BirthState = names.Share(fields.BirthState?.Trim().ToUpperInvariant() ?? ""),
            BirthCountry = names.Share(fields.BirthCountry?.Trim().ToUpperInvariant() ?? ""),
            ParentFirstNames = [.. parentFirst.Select(names.Share)],
            ParentLastNames = [.. NameText.Tokens(fields.Parent1LastName).Select(names.Share), .. NameText.Tokens(fields.Parent2LastName).Select(names.Share)],
        };
    }

    private static string SexCode(Sex sex) => sex switch
    {
        Mde.Sex.Female => "F",
        Mde.Sex.Male => "M",
        _ => "X",
    };
}
