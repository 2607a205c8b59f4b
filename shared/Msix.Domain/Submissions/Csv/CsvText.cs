namespace Msix.Domain.Submissions.Csv;

/// <summary>Writing CSV fields (RFC 4180): quoting, and neutralising formulas in files meant for spreadsheets.</summary>
public static class CsvText
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>The field as it must appear in a CSV row: quoted when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value.IndexOfAny(NeedsQuotes) < 0 && value[0] != ' ' && value[^1] != ' ')
        {
            return value;
        }

        return string.Concat("\"", value.Replace("\"", "\"\"", StringComparison.Ordinal), "\"");
    }

    /// <summary>
    /// A value made safe for a spreadsheet: one that starts with = + - @ (or a tab or carriage return) would
    /// be run as a formula, so it is prefixed with an apostrophe. Only for CSV files people open (receipts),
    /// never for data the exchange stores.
    /// </summary>
    public static string Neutralize(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }
}
