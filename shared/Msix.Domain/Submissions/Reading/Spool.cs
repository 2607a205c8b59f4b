using Microsoft.Win32.SafeHandles;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// The temporary file where the rows of a submission wait, spread over buckets by their StateStudentId, so
/// that all rows of one child end up in one bucket and a bucket fits in memory. Rows are written through
/// <see cref="SpoolWriter"/>s (one per thread that reads rows; several may write at once): each collects a
/// bucket's records in a small buffer and appends a full buffer to the one spool file as a chunk, and the
/// bucket remembers where its chunks lie. Records never straddle chunks, and the chunks of one writer keep
/// their order. The file is deleted when the spool is disposed (and by the operating system when its
/// handle closes, should the process die first).
/// </summary>
internal sealed class Spool : IDisposable
{
    /// <summary>The most memory the bucket buffers of one writer take while rows are spooled.</summary>
    private const int BufferBudget = 4 * 1024 * 1024;
    private const int MinChunk = 8 * 1024;
    private const int MaxChunk = 1024 * 1024;
    private const int MaxBuckets = 8192;

    private readonly SafeFileHandle _file;
    private readonly string _path;
    private readonly List<SpoolChunk>[] _chunks;
    private readonly long[] _bytes;
    private readonly Lock _lock = new();
    private long _fileLength;
    private int _maxChunkLength;
    private bool _disposed;

    private Spool(string path, SafeFileHandle file, int bucketCount)
    {
        _path = path;
        _file = file;
        BucketCount = bucketCount;
        _bytes = new long[bucketCount];
        _chunks = new List<SpoolChunk>[bucketCount];
        for (var i = 0; i < bucketCount; i++)
        {
            _chunks[i] = [];
        }

        ChunkCapacity = Math.Clamp(BufferBudget / bucketCount, MinChunk, MaxChunk);
    }

    public int BucketCount { get; }

    /// <summary>The usual size of a bucket's buffer while rows are written.</summary>
    public int ChunkCapacity { get; }

    /// <summary>The longest chunk written: a buffer of this size holds any chunk.</summary>
    public int MaxChunkLength => _maxChunkLength;

    public long Length => Interlocked.Read(ref _fileLength);

    /// <summary>
    /// Creates a spool with enough buckets that each holds at most about <paramref name="bucketBytes"/> of
    /// <paramref name="expectedBytes"/>; and, unless that makes too many buckets (<see cref="CachedBuckets"/>),
    /// at most <see cref="CachedBucketBytes"/>, so that one bucket's rows and the children built from them stay
    /// in a processor's cache while they are assembled.
    /// </summary>
    public static Spool Create(string? workDirectory, long expectedBytes, int bucketBytes)
    {
        var directory = string.IsNullOrEmpty(workDirectory) ? Path.GetTempPath() : workDirectory;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"msix-rows-{Guid.NewGuid():N}.spool");
        // Synchronous: the chunks are small and go to the page cache, and a worker that waits for its write
        // has nothing else to do; asynchronous file I/O would hand every chunk to another thread.
        var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        var cached = Math.Max(CachedBucketBytes, expectedBytes / CachedBuckets);
        var size = Math.Max(1, Math.Min(bucketBytes, cached));
        var buckets = (int)Math.Clamp((expectedBytes + size - 1) / size, 1, MaxBuckets);
        return new Spool(path, file, buckets);
    }

    /// <summary>The size of bucket that fits a processor's cache, used for files of up to <see cref="CachedBuckets"/> of them.</summary>
    private const long CachedBucketBytes = 1024 * 1024;

    /// <summary>The most buckets made only to fit the cache: a larger file gets larger buckets instead, so its chunks stay large.</summary>
    private const long CachedBuckets = 512;

    /// <summary>The bucket of a StateStudentId, given as its UTF-8 bytes (a hash taking eight bytes at a time).</summary>
    public int BucketOf(ReadOnlySpan<byte> key)
    {
        var hash = 0xCBF29CE484222325UL ^ (ulong)key.Length;
        while (key.Length >= 8)
        {
            hash = (hash ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0x100000001B3UL;
            hash ^= hash >> 32;
            key = key[8..];
        }

        foreach (var b in key)
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        hash ^= hash >> 29;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 32;
        return (int)(((ulong)(uint)hash * (uint)BucketCount) >> 32);
    }

    /// <summary>A writer for one thread's rows; complete it (<see cref="SpoolWriter.CompleteAsync"/>) before the spool is read.</summary>
    public SpoolWriter CreateWriter() => new(this);

    public IReadOnlyList<SpoolChunk> ChunksOf(int bucket) => _chunks[bucket];

    public long BytesOf(int bucket) => _bytes[bucket];

    /// <summary>Appends one chunk of a bucket at the end of the file (safe from several writers at once).</summary>
    internal void Append(int bucket, ReadOnlySpan<byte> chunk)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var offset = Interlocked.Add(ref _fileLength, chunk.Length) - chunk.Length;
        RandomAccess.Write(_file, chunk, offset);
        lock (_lock)
        {
            _chunks[bucket].Add(new SpoolChunk(offset, chunk.Length));
            _bytes[bucket] += chunk.Length;
            _maxChunkLength = Math.Max(_maxChunkLength, chunk.Length);
        }
    }

    /// <summary>Reads one chunk into <paramref name="buffer"/> (safe from several threads at once).</summary>
    public void Read(SpoolChunk chunk, Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var target = buffer[..chunk.Length];
        var done = 0;
        while (done < chunk.Length)
        {
            var read = RandomAccess.Read(_file, target[done..], chunk.Offset + done);
            if (read == 0)
            {
                throw new IOException("The spool file ended early.");
            }

            done += read;
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _file.Dispose();
        File.Delete(_path);
    }
}
