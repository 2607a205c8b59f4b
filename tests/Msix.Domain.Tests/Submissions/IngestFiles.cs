using System.Security.Cryptography;
using System.Text;
using Msix.Domain.Mde;
using Msix.Domain.Submissions.Writing;
using Msix.Synthetic;

namespace Msix.Domain.Tests.Submissions;

/// <summary>Submission files for the ingest tests: synthetic children written by the exchange's own writers.</summary>
internal static class IngestFiles
{
    private static readonly DateTimeOffset ZipEntryTime = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>One State's synthetic children, each with one record (valid on <see cref="Reading.TestReader.Now"/>).</summary>
    public static IReadOnlyList<ChildRecord> Synthetic(int children, int seed = 11, string state = "TX") =>
        [.. SyntheticPopulation.GenerateState(state, children, seed).Select(r => r.Record)];

    public static async Task<byte[]> WriteAsync(SubmissionFormatKind format, IEnumerable<ChildRecord> records)
    {
        using var buffer = new MemoryStream();
        await using (var writer = SubmissionWriter.Create(format, buffer, leaveOpen: true, ZipEntryTime))
        {
            await SubmissionWriter.WriteAllAsync(writer, records, TestContext.Current.CancellationToken);
        }

        return buffer.ToArray();
    }

    public static Task<byte[]> JsonLinesAsync(IEnumerable<ChildRecord> records) => WriteAsync(SubmissionFormatKind.JsonLines, records);

    /// <summary>JSON lines as they are, each ended by a line feed.</summary>
    public static byte[] Lines(params string[] lines) => Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));

    public static string FileName(SubmissionFormatKind format) => "TX-20261001" + SubmissionWriter.FileExtension(format);

    /// <summary>The submission ID of a file: its SHA-256 in lower-case hex.</summary>
    public static string IdOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The rows a record makes: one JSON line, or its CSV rows over every file of a zip.</summary>
    public static long Rows(SubmissionFormatKind format, IEnumerable<ChildRecord> records) =>
        format == SubmissionFormatKind.JsonLines ? records.Count() : records.Sum(SyntheticSubmissionSet.RowCount);
}
