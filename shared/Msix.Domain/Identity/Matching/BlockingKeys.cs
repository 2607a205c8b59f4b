using System.Globalization;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// The short keys under which a record is indexed and by which its candidates are found: two records are
/// compared when they share at least one. Several short keys, unioned, find more true pairs than one long key:
/// the sound of the first name with the sound of each surname (in either order, so swapped names meet); the
/// sound of each surname, and of the first name, with the birth year and month; the birth date (day and month
/// in either order) with the initial of the first name or of the first surname; the first name with the
/// initial of the first surname, and the first surname with the initial of the first name (under one
/// prefix, so swapped names meet); the sound of a surname alone (useful while it is rare); three-letter
/// prefixes of the first name and first surname; the birth date with the birth city, or with the birth State or country; and the
/// birth city with the birth year, the initial of the first name, or the first two letters of the first surname.
/// </summary>
public static class BlockingKeys
{
    /// <summary>The keys of a record (none when it has neither a name nor a birth date).</summary>
    public static IReadOnlyList<string> Of(MatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var keys = new List<string>(12);
        var first = record.FirstNamePhonetic;
        var yearMonth = record.BirthDate == 0 ? "" : (record.BirthDate / 100).ToString(CultureInfo.InvariantCulture);
        foreach (var surname in record.LastNamePhonetics)
        {
            if (surname.Length == 0)
            {
                continue;
            }

            if (first.Length > 0)
            {
                keys.Add(string.CompareOrdinal(first, surname) <= 0 ? $"n:{first}:{surname}" : $"n:{surname}:{first}");
            }

            if (yearMonth.Length > 0)
            {
                keys.Add($"sm:{surname}:{yearMonth}");
            }

            // Alone, a surname finds candidates only while it is rare: a common one fills its block past the limit.
            keys.Add($"s:{surname}");
        }

        if (first.Length > 0 && yearMonth.Length > 0)
        {
            keys.Add($"fm:{first}:{yearMonth}");
        }

        if (record.BirthDate != 0)
        {
            // The day and month in order of size, so a date written the other way round gives the same key.
            var (low, high) = record.BirthMonth <= record.BirthDay ? (record.BirthMonth, record.BirthDay) : (record.BirthDay, record.BirthMonth);
            var date = string.Create(CultureInfo.InvariantCulture, $"{record.BirthYear}:{low}:{high}");
            if (record.FirstName.Length > 0)
            {
                keys.Add($"df:{date}:{record.FirstName[0]}");
            }

            if (record.PaternalLastName.Length > 0)
            {
                keys.Add($"dl:{date}:{record.PaternalLastName[0]}");
            }

            if (record.BirthCity.Length > 0)
            {
                keys.Add($"dc:{date}:{record.BirthCity}");
            }

            var birthPlace = record.BirthState.Length > 0 ? record.BirthState : record.BirthCountry;
            if (birthPlace.Length > 0)
            {
                keys.Add($"dp:{date}:{birthPlace}");
            }
        }

        if (record.FirstName.Length > 0 && record.PaternalLastName.Length > 0)
        {
            // One prefix for both roles, so a record with the names the other way round meets this one.
            keys.Add($"ni:{record.FirstName}:{record.PaternalLastName[0]}");
            keys.Add($"ni:{record.PaternalLastName}:{record.FirstName[0]}");
        }

        if (record.FirstName.Length >= 2 && record.PaternalLastName.Length >= 2)
        {
            var x = Prefix(record.FirstName);
            var y = Prefix(record.PaternalLastName);
            keys.Add(string.CompareOrdinal(x, y) <= 0 ? $"p:{x}:{y}" : $"p:{y}:{x}");
        }

        if (record.BirthCity.Length > 0)
        {
            if (record.BirthYear != 0)
            {
                keys.Add(string.Create(CultureInfo.InvariantCulture, $"cy:{record.BirthCity}:{record.BirthYear}"));
            }

            if (record.FirstName.Length > 0)
            {
                keys.Add($"cf:{record.BirthCity}:{record.FirstName[0]}");
            }

            if (record.PaternalLastName.Length > 0)
            {
                keys.Add($"cl:{record.BirthCity}:{Prefix(record.PaternalLastName, 2)}");
            }
        }

        return keys;
    }

    /// <summary>A 64-bit FNV-1a hash of a key.</summary>
    public static ulong Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static string Prefix(string name, int length = 3) => name.Length <= length ? name : name[..length];
}
