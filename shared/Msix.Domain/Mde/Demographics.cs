namespace Msix.Domain.Mde;

/// <summary>MDE student demographic elements.</summary>
public sealed record Demographics(
    StateStudentIdType StateStudentIdType,
    IReadOnlyList<AlternateStateStudentId> AlternateStateStudentIds,
    string FirstName,
    string? MiddleName,
    string LastName1,
    string? LastName2,
    string? Suffix,
    Sex Sex,
    DateOnly BirthDate,
    BirthDateVerification? BirthDateVerification,
    bool MultipleBirthFlag,
    string? BirthCity,
    string? BirthState,
    string? BirthCountry,
    string? Parent1FirstName,
    string? Parent1LastName,
    string? Parent2FirstName,
    string? Parent2LastName);

/// <summary>An alternate identifier the State also knows the child by.</summary>
public sealed record AlternateStateStudentId(StateStudentIdType Type, string Id);
