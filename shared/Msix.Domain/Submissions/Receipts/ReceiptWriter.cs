using System.Globalization;
using System.Text;
using System.Text.Json;
using Msix.Domain.Submissions.Csv;

namespace Msix.Domain.Submissions.Receipts;

/// <summary>
/// Writes a receipt in its two forms: JSON (indented, for people and programs) and a CSV of its errors for a
/// spreadsheet. The CSV is UTF-8 with a byte order mark, so spreadsheets read accents and ñ, and every cell
/// is neutralised (a value starting with = + - @ is not run as a formula) and quoted as RFC 4180 asks.
/// </summary>
public static class ReceiptWriter
{
    private static readonly string[] Header = ["File", "Row", "Field", "Code", "Message", "Value"];

    public static async Task WriteJsonAsync(Receipt receipt, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(destination);
        await JsonSerializer.SerializeAsync(destination, receipt, MsixJson.Indented, cancellationToken);
        await destination.FlushAsync(cancellationToken);
    }

    public static async Task WriteErrorsCsvAsync(Receipt receipt, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(destination);
        await using var writer = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        await writer.WriteLineAsync(Row(Header));
        foreach (var error in receipt.Errors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(Row(
                [error.File, error.Row.ToString(CultureInfo.InvariantCulture), error.Field, error.Code, error.Message, SubmissionError.Excerpt(error.Value)]));
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Row(IEnumerable<string?> cells) =>
        string.Join(",", cells.Select(cell => CsvText.Quote(CsvText.Neutralize(cell))));
}
