using Msix.Domain.Mde;

namespace Msix.Domain.Submissions.Writing;

/// <summary>Creates the writer of a submission format, and writes a whole sequence of records with it.</summary>
public static class SubmissionWriter
{
    /// <summary>The file extension of a format, with its dot.</summary>
    public static string FileExtension(SubmissionFormatKind format) => format switch
    {
        SubmissionFormatKind.JsonLines => ".jsonl",
        SubmissionFormatKind.CsvZip => ".zip",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown submission format."),
    };

    /// <param name="zipEntryTime">The time stamped on a zip's entries; now when null. Fix it for repeatable output.</param>
    /// <param name="workDirectory">Where a zip's sections are spooled; the system's temporary folder when null.</param>
    public static ISubmissionWriter Create(
        SubmissionFormatKind format,
        Stream output,
        bool leaveOpen = false,
        DateTimeOffset? zipEntryTime = null,
        string? workDirectory = null) => format switch
        {
            SubmissionFormatKind.JsonLines => new JsonLinesSubmissionWriter(output, leaveOpen),
            SubmissionFormatKind.CsvZip => new CsvZipSubmissionWriter(output, leaveOpen, zipEntryTime, workDirectory),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown submission format."),
        };

    /// <summary>Writes every record, enumerating them once, completes the file and returns how many were written.</summary>
    public static async Task<long> WriteAllAsync(ISubmissionWriter writer, IEnumerable<ChildRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(record, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
        return writer.Records;
    }
}
