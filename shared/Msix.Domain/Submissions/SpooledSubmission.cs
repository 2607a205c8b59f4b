using System.Security.Cryptography;

namespace Msix.Domain.Submissions;

/// <summary>
/// A submission's content copied to a local temporary file while its SHA-256 is computed: the hash is the
/// submission ID, and the file gives the reader random access (a zip's directory is at its end) without
/// ever holding the content in memory. Deleted when disposed.
/// </summary>
public sealed class SpooledSubmission : IAsyncDisposable
{
    private SpooledSubmission(string path, string submissionId, long length, bool tooLarge)
    {
        Path = path;
        SubmissionId = submissionId;
        Length = length;
        TooLarge = tooLarge;
    }

    public string Path { get; }

    /// <summary>The lower-case hex SHA-256 of the whole content: the same file always has the same ID.</summary>
    public string SubmissionId { get; }

    /// <summary>The content's length in bytes.</summary>
    public long Length { get; }

    /// <summary>True when the content was longer than allowed; the file then holds only its beginning.</summary>
    public bool TooLarge { get; }

    public static async Task<SpooledSubmission> CreateAsync(Stream content, string? workDirectory, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var directory = string.IsNullOrEmpty(workDirectory) ? System.IO.Path.GetTempPath() : workDirectory;
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, $"msix-submission-{Guid.NewGuid():N}.spool");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[128 * 1024];
        long length = 0;
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
            {
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    var room = Math.Max(0, maxBytes - length);
                    if (room > 0)
                    {
                        await file.WriteAsync(buffer.AsMemory(0, (int)Math.Min(read, room)), cancellationToken);
                    }

                    length += read;
                }
            }

            return new SpooledSubmission(path, Convert.ToHexStringLower(hash.GetHashAndReset()), length, length > maxBytes);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}
