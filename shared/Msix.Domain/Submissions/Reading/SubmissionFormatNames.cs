namespace Msix.Domain.Submissions.Reading;

/// <summary>The names of the formats in receipts and progress.</summary>
internal static class SubmissionFormatNames
{
    public const string JsonLines = "jsonl";
    public const string CsvZip = "csv-zip";
    public const string Unknown = "unknown";

    public static string Of(SubmissionFormat format) => format switch
    {
        SubmissionFormat.JsonLines => JsonLines,
        SubmissionFormat.CsvZip => CsvZip,
        _ => Unknown,
    };
}
