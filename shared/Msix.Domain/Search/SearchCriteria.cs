namespace Msix.Domain.Search;

/// <summary>
/// What school staff know of a child who just arrived. Any of the fields may be given; names are compared
/// as the identity matcher compares them (typos, accents, nicknames, either surname).
/// </summary>
/// <param name="LastName">One surname, or both; matches either of the child's surnames.</param>
/// <param name="Sex">F, M or X.</param>
/// <param name="State">Only children with a record from this State.</param>
/// <param name="ParentName">A parent's name: one word is a surname, more are a first name and surnames.</param>
public sealed record SearchCriteria(
    string? FirstName = null,
    string? LastName = null,
    DateOnly? BirthDate = null,
    string? Sex = null,
    string? State = null,
    string? StateStudentId = null,
    string? MsixId = null,
    string? ParentName = null,
    string? BirthCity = null)
{
    /// <summary>How many of the criteria that tell children apart are given (names, birth date, parent, birth city).</summary>
    public int IdentifyingCount =>
        new[] { FirstName, LastName, ParentName, BirthCity }.Count(v => !string.IsNullOrWhiteSpace(v)) + (BirthDate is null ? 0 : 1);

    /// <summary>The names of the criteria given (for the audit trail: never their values).</summary>
    public IReadOnlyList<string> Given =>
        [.. new (string Name, bool Given)[]
        {
            ("firstName", !string.IsNullOrWhiteSpace(FirstName)),
            ("lastName", !string.IsNullOrWhiteSpace(LastName)),
            ("birthDate", BirthDate is not null),
            ("sex", !string.IsNullOrWhiteSpace(Sex)),
            ("state", !string.IsNullOrWhiteSpace(State)),
            ("stateStudentId", !string.IsNullOrWhiteSpace(StateStudentId)),
            ("msixId", !string.IsNullOrWhiteSpace(MsixId)),
            ("parentName", !string.IsNullOrWhiteSpace(ParentName)),
            ("birthCity", !string.IsNullOrWhiteSpace(BirthCity)),
        }.Where(c => c.Given).Select(c => c.Name)];
}
