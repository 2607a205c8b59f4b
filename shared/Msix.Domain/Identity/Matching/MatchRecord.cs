using System.Collections.Immutable;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// One State's record of a child as the matcher sees it: the identifying MDEs folded for comparison
/// (accents, case, hyphens and particles removed) with their phonetic codes worked out once. Built by
/// <see cref="MatchRecordFactory"/>; compared by the <see cref="Comparisons.Comparison"/>s.
/// </summary>
public sealed record MatchRecord
{
    /// <summary>The record's key: its State and State student ID (as a contribution's id).</summary>
    public required string Key { get; init; }

    /// <summary>The State that sent the record.</summary>
    public required string State { get; init; }

    /// <summary>The State's own ID of the child.</summary>
    public required string StateStudentId { get; init; }

    /// <summary>The folded first name, all its words run together ("mariajose"); empty when missing.</summary>
    public string FirstName { get; init; } = "";

    /// <summary>The first word of the folded first name ("maria").</summary>
    public string FirstNameWord { get; init; } = "";

    /// <summary>The folded middle name, its words run together; empty when missing.</summary>
    public string MiddleName { get; init; } = "";

    /// <summary>The folded surnames in order: last name 1 (paternal) then last name 2 (maternal), each word apart.</summary>
    public ImmutableArray<string> LastNames
    {
        get;
        init
        {
            field = value;
            PaternalLastName = value.Length > 0 ? value[0] : "";
        }
    } = [];

    /// <summary>All surnames run together ("garcialopez"), for names split differently by two States.</summary>
    public string LastNameCompact { get; init; } = "";

    /// <summary>The Double Metaphone code of the first name's first word.</summary>
    public string FirstNamePhonetic { get; init; } = "";

    /// <summary>The Double Metaphone codes of each surname, in order.</summary>
    public ImmutableArray<string> LastNamePhonetics { get; init; } = [];

    /// <summary>The birth date as the digits yyyymmdd (0 when missing); kept as digits so that a date with a typo still compares.</summary>
    public int BirthDate
    {
        get;
        init
        {
            field = value;
            BirthDateDigits = DigitsOf(value);
        }
    }

    /// <summary>The eight digits of <see cref="BirthDate"/>, one per four bits (yyyymmdd as 0x20150317), for comparing digit by digit.</summary>
    internal uint BirthDateDigits { get; private init; }

    /// <summary>F, M or X; empty when missing.</summary>
    public string Sex { get; init; } = "";

    /// <summary>Whether the record says the child is one of a multiple birth (twins, triplets).</summary>
    public bool MultipleBirth { get; init; }

    /// <summary>The folded birth city.</summary>
    public string BirthCity { get; init; } = "";

    /// <summary>The birth State (postal code, upper case).</summary>
    public string BirthState { get; init; } = "";

    /// <summary>The birth country (code, upper case).</summary>
    public string BirthCountry { get; init; } = "";

    /// <summary>The parents' folded first names (up to two).</summary>
    public ImmutableArray<string> ParentFirstNames { get; init; } = [];

    /// <summary>The parents' folded surnames, every word of either parent.</summary>
    public ImmutableArray<string> ParentLastNames { get; init; } = [];

    /// <summary>The first surname, or empty.</summary>
    public string PaternalLastName { get; private init; } = "";

    /// <summary>The birth year, or 0.</summary>
    public int BirthYear => BirthDate / 10000;

    /// <summary>The birth month (1-12 on a valid date), or 0.</summary>
    public int BirthMonth => BirthDate / 100 % 100;

    /// <summary>The birth day (1-31 on a valid date), or 0.</summary>
    public int BirthDay => BirthDate % 100;

    /// <summary>Whether the record names the child at all.</summary>
    public bool HasName => FirstName.Length > 0 || LastNameCompact.Length > 0;

    private static uint DigitsOf(int date)
    {
        var digits = 0u;
        for (var shift = 0; shift < 32; shift += 4)
        {
            (date, var digit) = Math.DivRem(date, 10);
            digits |= (uint)digit << shift;
        }

        return digits;
    }
}
