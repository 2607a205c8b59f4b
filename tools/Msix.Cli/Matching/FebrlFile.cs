using System.Globalization;
using Msix.Domain.Identity.Matching;

namespace Msix.Cli.Matching;

/// <summary>
/// Reads a CSV file in the FEBRL layout (rec_id, given_name, surname, street_number, address_1, address_2,
/// suburb, postcode, state, date_of_birth, soc_sec_id, ...) as child records: given_name is the first name,
/// surname the last name (two words are two surnames), date_of_birth (yyyymmdd) the birth date, suburb the
/// birth city and state the birth State. The other columns have no MDE and are left out. The person is the
/// number in rec_id (rec-N-org, rec-N-dup-k).
/// </summary>
internal static class FebrlFile
{
    /// <summary>Reads every record; <paramref name="stateOf"/> names the State that sends the record on a line.</summary>
    public static IReadOnlyList<LabelledRecord> Read(string path, int side, Func<int, string> stateOf)
    {
        var records = new List<LabelledRecord>();
        using var reader = new StreamReader(path);
        var header = Split(reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty."));
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{path} has no column {name}.");
        var (recId, given, surname, suburb, state, dob) = (Column("rec_id"), Column("given_name"), Column("surname"), Column("suburb"), Column("state"), Column("date_of_birth"));
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            var fields = Split(text);
            var id = fields[recId];
            var record = MatchRecordFactory.Create(new MatchFields
            {
                State = stateOf(line),
                StateStudentId = id,
                FirstName = fields[given],
                LastName1 = fields[surname],
                BirthDate = int.TryParse(fields[dob], NumberStyles.None, CultureInfo.InvariantCulture, out var date) && fields[dob].Length == 8 ? date : 0,
                BirthCity = fields[suburb],
                BirthState = fields[state],
            });
            records.Add(new LabelledRecord(record, PersonOf(id, path, line), side));
        }

        return records;
    }

    /// <summary>N of rec-N-org or rec-N-dup-k.</summary>
    private static string PersonOf(string recId, string path, int line)
    {
        var parts = recId.Split('-');
        return parts.Length >= 3 && parts[0] == "rec" ? parts[1] : throw new InvalidDataException($"{path} line {line}: the rec_id {recId} is not rec-N-org or rec-N-dup-k.");
    }

    /// <summary>A line's fields: comma separated, a space after each comma (FEBRL files quote nothing).</summary>
    private static string[] Split(string line) => [.. line.Split(',').Select(f => f.Trim())];
}
