using System.Security.Cryptography;
using System.Text.Json;

namespace Msix.Domain.Identity.Matching;

/// <summary>The identifying fields of one record as a source gives them, before folding.</summary>
public sealed record MatchFields
{
    /// <summary>The State that sent the record.</summary>
    public required string State { get; init; }

    /// <summary>The State's own ID of the child.</summary>
    public required string StateStudentId { get; init; }

    /// <summary>The first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The middle name.</summary>
    public string? MiddleName { get; init; }

    /// <summary>Last name 1 (paternal), or every surname when the source keeps them in one field.</summary>
    public string? LastName1 { get; init; }

    /// <summary>Last name 2 (maternal).</summary>
    public string? LastName2 { get; init; }

    /// <summary>The birth date as the digits yyyymmdd, valid or not; 0 when missing.</summary>
    public int BirthDate { get; init; }

    /// <summary>F, M or X.</summary>
    public string? Sex { get; init; }

    /// <summary>The multiple-birth flag.</summary>
    public bool MultipleBirth { get; init; }

    /// <summary>The birth city.</summary>
    public string? BirthCity { get; init; }

    /// <summary>The birth State.</summary>
    public string? BirthState { get; init; }

    /// <summary>The birth country.</summary>
    public string? BirthCountry { get; init; }

    /// <summary>A parent's first name.</summary>
    public string? Parent1FirstName { get; init; }

    /// <summary>That parent's last name.</summary>
    public string? Parent1LastName { get; init; }

    /// <summary>The other parent's first name.</summary>
    public string? Parent2FirstName { get; init; }

    /// <summary>That parent's last name.</summary>
    public string? Parent2LastName { get; init; }

    /// <summary>
    /// The hex SHA-256 of these fields: equal for equal fields, so a record sent again tells whether its
    /// identifying fields changed without its blocking keys being read.
    /// </summary>
    public string Fingerprint() => Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(this)));
}
