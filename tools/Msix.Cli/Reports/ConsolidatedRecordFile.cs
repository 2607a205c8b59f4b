using System.Buffers;
using System.IO.Compression;
using System.Text.Json;
using Msix.Domain;
using Msix.Domain.Consolidation;

namespace Msix.Cli.Reports;

/// <summary>
/// A file of consolidated records as JSON lines (one record a line, in the exchange's JSON shape), gzip-compressed.
/// Written and read one record at a time: neither side ever holds more than one record and a buffer.
/// </summary>
internal static class ConsolidatedRecordFile
{
    private const int BufferSize = 1 << 20;

    /// <summary>Writes <paramref name="records"/> to <paramref name="path"/> as they come; returns how many were written.</summary>
    public static long Write(string path, IEnumerable<ConsolidatedRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        var line = new ArrayBufferWriter<byte>(1 << 16);
        using var json = new Utf8JsonWriter(line, new JsonWriterOptions { Encoder = MsixJson.Options.Encoder, SkipValidation = true });
        long written = 0;
        foreach (var record in records)
        {
            JsonSerializer.Serialize(json, record, MsixJson.Options);
            json.Flush();
            line.Write("\n"u8);
            gzip.Write(line.WrittenSpan);
            line.ResetWrittenCount();
            json.Reset();
            written++;
        }

        return written;
    }

    /// <summary>The records of <paramref name="path"/>, front to back, each deserialised as it is reached.</summary>
    public static IEnumerable<ConsolidatedRecord> Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int start = 0, end = 0;
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    if (newline > 0)
                    {
                        yield return Parse(buffer.AsSpan(start, newline));
                    }

                    start += newline + 1;
                    continue;
                }

                // No whole line left in the buffer: keep the part line at the front, grow if it fills the buffer, read on.
                var pending = end - start;
                if (pending == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(start, pending).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                else if (start > 0)
                {
                    buffer.AsSpan(start, pending).CopyTo(buffer);
                }

                start = 0;
                end = pending;
                var read = gzip.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    if (end > 0)
                    {
                        yield return Parse(buffer.AsSpan(0, end));
                    }

                    yield break;
                }

                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ConsolidatedRecord Parse(ReadOnlySpan<byte> line) =>
        JsonSerializer.Deserialize<ConsolidatedRecord>(line, MsixJson.Options)
        ?? throw new InvalidDataException("A line of the file holds null instead of a consolidated record.");
}
