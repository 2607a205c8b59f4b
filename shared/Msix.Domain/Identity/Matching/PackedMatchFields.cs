using System.Globalization;
using System.Text;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// A record's identifying fields as one line, the way a blocking-key document holds them: the values of
/// <see cref="Order"/> joined by '|', a missing value (or birth date) empty, multiple birth as 1 or 0, and '\' and
/// '|' inside a value written "\\" and "\|". A key document lists up to twice the block limit of records, and
/// every search and every match reads it whole: one string per record instead of an object of sixteen
/// named properties takes a third of the room (a member, with its key and MSIX ID, less than half).
/// </summary>
public static class PackedMatchFields
{
    /// <summary>The fields in the order they are packed.</summary>
    public static IReadOnlyList<string> Order { get; } =
    [
        nameof(MatchFields.State), nameof(MatchFields.StateStudentId), nameof(MatchFields.FirstName), nameof(MatchFields.MiddleName),
        nameof(MatchFields.LastName1), nameof(MatchFields.LastName2), nameof(MatchFields.BirthDate), nameof(MatchFields.Sex),
        nameof(MatchFields.MultipleBirth), nameof(MatchFields.BirthCity), nameof(MatchFields.BirthState), nameof(MatchFields.BirthCountry),
        nameof(MatchFields.Parent1FirstName), nameof(MatchFields.Parent1LastName), nameof(MatchFields.Parent2FirstName), nameof(MatchFields.Parent2LastName),
    ];

    private const char Separator = '|';
    private const char Escape = '\\';

    /// <summary>The fields as one line.</summary>
    public static string Pack(MatchFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var line = new StringBuilder(160);
        string?[] values =
        [
            fields.State, fields.StateStudentId, fields.FirstName, fields.MiddleName, fields.LastName1, fields.LastName2,
            fields.BirthDate == 0 ? null : fields.BirthDate.ToString(CultureInfo.InvariantCulture), fields.Sex, fields.MultipleBirth ? "1" : "0",
            fields.BirthCity, fields.BirthState, fields.BirthCountry, fields.Parent1FirstName, fields.Parent1LastName, fields.Parent2FirstName, fields.Parent2LastName,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                line.Append(Separator);
            }

            foreach (var c in values[i] ?? "")
            {
                if (c is Separator or Escape)
                {
                    line.Append(Escape);
                }

                line.Append(c);
            }
        }

        return line.ToString();
    }

    /// <summary>The fields of a line written by <see cref="Pack"/>; an empty value reads as missing.</summary>
    /// <exception cref="FormatException">The line does not hold <see cref="Order"/>'s values.</exception>
    public static MatchFields Unpack(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var values = Split(line);
        if (values.Count != Order.Count)
        {
            throw new FormatException($"Packed match fields hold {Order.Count} values separated by '{Separator}'; this line holds {values.Count}.");
        }

        if (values[0] is null || values[1] is null)
        {
            throw new FormatException("Packed match fields name the State and the State student ID.");
        }

        var birthDate = 0;
        if (values[6] is { } date && !int.TryParse(date, NumberStyles.None, CultureInfo.InvariantCulture, out birthDate))
        {
            throw new FormatException("The birth date of packed match fields is written yyyyMMdd.");
        }

        return new MatchFields
        {
            State = values[0]!,
            StateStudentId = values[1]!,
            FirstName = values[2],
            MiddleName = values[3],
            LastName1 = values[4],
            LastName2 = values[5],
            BirthDate = birthDate,
            Sex = values[7],
            MultipleBirth = values[8] == "1",
            BirthCity = values[9],
            BirthState = values[10],
            BirthCountry = values[11],
            Parent1FirstName = values[12],
            Parent1LastName = values[13],
            Parent2FirstName = values[14],
            Parent2LastName = values[15],
        };
    }

    private static List<string?> Split(string line)
    {
        var values = new List<string?>(Order.Count);
        var value = new StringBuilder(24);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == Escape && i + 1 < line.Length)
            {
                value.Append(line[++i]);
            }
            else if (c == Separator)
            {
                values.Add(value.Length == 0 ? null : value.ToString());
                value.Clear();
            }
            else
            {
                value.Append(c);
            }
        }

        values.Add(value.Length == 0 ? null : value.ToString());
        return values;
    }
}
