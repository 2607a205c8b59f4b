using System.IO.Compression;
using System.Text;
using Msix.Domain.Submissions;
using Msix.Domain.Submissions.Reading;

namespace Msix.Domain.Tests.Reading;

/// <summary>
/// Runs the <see cref="SubmissionReader"/> on bytes built by a test: writes them to a temporary folder, reads
/// them with a fixed clock, and checks that the reader left no temporary file behind.
/// </summary>
internal static class TestReader
{
    /// <summary>The time of every test read: the middle of October 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 10, 15, 12, 0, 0, TimeSpan.Zero);

    public const string JsonFileName = "TX-2026-10-15.jsonl";
    public const string ZipFileName = "TX-2026-10-15.zip";

    public static Task<ReadResult> JsonAsync(params string[] lines) => BytesAsync(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), JsonFileName);

    public static Task<ReadResult> ZipAsync(params (string Name, string Content)[] entries) =>
        BytesAsync(Zip(entries), ZipFileName);

    public static async Task<ReadResult> BytesAsync(byte[] content, string fileName, Action<SubmissionLimits>? configure = null)
    {
        var folder = Directory.CreateTempSubdirectory("msix-reader-test-");
        try
        {
            var path = Path.Combine(folder.FullName, "upload.bin");
            await File.WriteAllBytesAsync(path, content, TestContext.Current.CancellationToken);
            var limits = new SubmissionLimits { WorkDirectory = folder.FullName };
            configure?.Invoke(limits);
            var log = new SubmissionErrorLog(100_000);
            var progress = new ReadProgress();
            var children = new List<AssembledChild>();
            var reader = new SubmissionReader(limits, new FixedTime(Now));
            await foreach (var child in reader.ReadAsync(path, fileName, log, progress, TestContext.Current.CancellationToken))
            {
                children.Add(child);
            }

            Assert.Equal(["upload.bin"], folder.GetFiles().Select(f => f.Name));
            return new ReadResult(children, log.Errors, progress, log.HasFileError);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static byte[] Zip(params (string Name, string Content)[] entries) =>
        ZipBytes([.. entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Content)))]);

    public static byte[] ZipBytes(params (string Name, byte[] Content)[] entries) => ZipBytes(CompressionLevel.Fastest, entries);

    public static byte[] ZipBytes(CompressionLevel level, params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
