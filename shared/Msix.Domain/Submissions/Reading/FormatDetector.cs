namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Tells the format of a submission from its content, never its name: the zip signature "PK\x03\x04" (or
/// the end record of an empty zip) is a zip of CSV files; a first non-blank character "{" after an optional
/// UTF-8 byte order mark is JSON Lines.
/// </summary>
internal static class FormatDetector
{
    private const int ProbeBytes = 64 * 1024;

    public sealed record Detection(SubmissionFormat Format, string Hint);

    public static async Task<Detection> DetectAsync(string filePath, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var buffer = new byte[ProbeBytes];
        var read = await file.ReadAtLeastAsync(buffer, 4, throwOnEndOfStream: false, cancellationToken);
        if (read >= 4 && buffer[0] == 'P' && buffer[1] == 'K' && ((buffer[2] == 3 && buffer[3] == 4) || (buffer[2] == 5 && buffer[3] == 6)))
        {
            return new Detection(SubmissionFormat.CsvZip, "");
        }

        if (read >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
        {
            return new Detection(SubmissionFormat.Unknown, "The file is UTF-16 text; save it as UTF-8.");
        }

        var start = read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        while (read > 0)
        {
            var text = buffer.AsSpan(start, read - start);
            var first = text.IndexOfAnyExcept(" \t\r\n"u8);
            if (first >= 0)
            {
                return Classify(text[first]);
            }

            start = 0;
            read = await file.ReadAsync(buffer, cancellationToken);
        }

        return new Detection(SubmissionFormat.Empty, "");
    }

    private static Detection Classify(byte first) => first switch
    {
        (byte)'{' => new Detection(SubmissionFormat.JsonLines, ""),
        (byte)'[' => new Detection(SubmissionFormat.Unknown, "The file starts with '[': write one JSON object per line (JSON Lines), not a JSON array."),
        _ when char.IsAsciiLetter((char)first) || first == '"' => new Detection(SubmissionFormat.Unknown,
            "The file looks like plain text or a single CSV file: send CSV files as a zip (students.csv, moves.csv ...), or JSON Lines."),
        _ => new Detection(SubmissionFormat.Unknown, "The file is neither a zip of CSV files nor JSON Lines (one JSON object per line)."),
    };
}
