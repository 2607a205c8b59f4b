using Microsoft.Win32.SafeHandles;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// The temporary file where the rows of a submission wait, spread over buckets by their StateStudentId, so
/// that all rows of one child end up in one bucket and a bucket fits in memory. Each bucket collects its
/// records in a small buffer; a full buffer is appended to the one spool file as a chunk, and the bucket
/// remembers where its chunks lie. Records never straddle chunks. The file is deleted when the spool is
/// disposed (and by the operating system when its handle closes, should the process die first).
/// </summary>
internal sealed class Spool : IDisposable
{
    /// <summary>The most memory all bucket buffers together take while rows are spooled.</summary>
    private const int BufferBudget = 16 * 1024 * 1024;
    private const int MinChunk = 8 * 1024;
    private const int MaxChunk = 1024 * 1024;
    private const int MaxBuckets = 8192;

    private readonly SafeFileHandle _file;
    private readonly string _path;
    private readonly byte[]?[] _buffers;
    private readonly int[] _used;
    private readonly List<SpoolChunk>[] _chunks;
    private readonly long[] _bytes;
    private readonly List<(byte[] Buffer, int Length, int Bucket)> _pending = [];
    private readonly Stack<byte[]> _free = new();
    private readonly int _chunkCapacity;
    private long _fileLength;
    private bool _disposed;

    private Spool(string path, SafeFileHandle file, int bucketCount)
    {
        _path = path;
        _file = file;
        BucketCount = bucketCount;
        _buffers = new byte[bucketCount][];
        _used = new int[bucketCount];
        _bytes = new long[bucketCount];
        _chunks = new List<SpoolChunk>[bucketCount];
        for (var i = 0; i < bucketCount; i++)
        {
            _chunks[i] = [];
        }

        _chunkCapacity = Math.Clamp(BufferBudget / bucketCount, MinChunk, MaxChunk);
    }

    public int BucketCount { get; }

    /// <summary>The longest chunk written: a buffer of this size holds any chunk.</summary>
    public int MaxChunkLength { get; private set; }

    public long Length => _fileLength;

    /// <summary>Creates a spool with enough buckets that each holds about <paramref name="bucketBytes"/> of <paramref name="expectedBytes"/>.</summary>
    public static Spool Create(string? workDirectory, long expectedBytes, int bucketBytes)
    {
        var directory = string.IsNullOrEmpty(workDirectory) ? Path.GetTempPath() : workDirectory;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"msix-rows-{Guid.NewGuid():N}.spool");
        var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var buckets = (int)Math.Clamp((expectedBytes + bucketBytes - 1) / Math.Max(1, bucketBytes), 1, MaxBuckets);
        return new Spool(path, file, buckets);
    }

    /// <summary>The bucket of a StateStudentId, given as its UTF-8 bytes (FNV-1a).</summary>
    public int BucketOf(ReadOnlySpan<byte> key)
    {
        var hash = 2166136261u;
        foreach (var b in key)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % (uint)BucketCount);
    }

    /// <summary>Room for one record of exactly <paramref name="length"/> bytes at the end of the bucket; the caller fills all of it.</summary>
    public Span<byte> Reserve(int bucket, int length)
    {
        var buffer = _buffers[bucket];
        if (buffer is null || buffer.Length - _used[bucket] < length)
        {
            if (buffer is not null && _used[bucket] > 0)
            {
                _pending.Add((buffer, _used[bucket], bucket));
            }
            else if (buffer is not null)
            {
                Release(buffer);
            }

            buffer = length <= _chunkCapacity && _free.TryPop(out var free) ? free : new byte[Math.Max(_chunkCapacity, length)];
            _buffers[bucket] = buffer;
            _used[bucket] = 0;
        }

        var span = buffer.AsSpan(_used[bucket], length);
        _used[bucket] += length;
        _bytes[bucket] += length;
        return span;
    }

    /// <summary>Gives back the unused end of the bucket's last reservation (a record shorter than reserved).</summary>
    public void Unreserve(int bucket, int unused)
    {
        _used[bucket] -= unused;
        _bytes[bucket] -= unused;
    }

    /// <summary>Writes the chunks that filled up since the last call.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        foreach (var (buffer, length, bucket) in _pending)
        {
            await RandomAccess.WriteAsync(_file, buffer.AsMemory(0, length), _fileLength, cancellationToken);
            _chunks[bucket].Add(new SpoolChunk(_fileLength, length));
            MaxChunkLength = Math.Max(MaxChunkLength, length);
            _fileLength += length;
            Release(buffer);
        }

        _pending.Clear();
    }

    /// <summary>Writes every bucket's last chunk; after this the spool is only read.</summary>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        for (var bucket = 0; bucket < BucketCount; bucket++)
        {
            if (_buffers[bucket] is { } buffer)
            {
                if (_used[bucket] > 0)
                {
                    _pending.Add((buffer, _used[bucket], bucket));
                }
                else
                {
                    Release(buffer);
                }

                _buffers[bucket] = null;
            }
        }

        await FlushAsync(cancellationToken);
    }

    public IReadOnlyList<SpoolChunk> ChunksOf(int bucket) => _chunks[bucket];

    public long BytesOf(int bucket) => _bytes[bucket];

    /// <summary>Reads one chunk into <paramref name="buffer"/> (safe from several threads at once).</summary>
    public async ValueTask ReadAsync(SpoolChunk chunk, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var target = buffer[..chunk.Length];
        var done = 0;
        while (done < chunk.Length)
        {
            var read = await RandomAccess.ReadAsync(_file, target[done..], chunk.Offset + done, cancellationToken);
            if (read == 0)
            {
                throw new IOException("The spool file ended early.");
            }

            done += read;
        }
    }

    /// <summary>Keeps a written buffer for the next bucket that fills up (buffers are reused, never left to the garbage collector).</summary>
    private void Release(byte[] buffer)
    {
        if (buffer.Length == _chunkCapacity && !_disposed)
        {
            _free.Push(buffer);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var (buffer, _, _) in _pending)
        {
            Release(buffer);
        }

        _pending.Clear();
        for (var i = 0; i < _buffers.Length; i++)
        {
            if (_buffers[i] is { } buffer)
            {
                Release(buffer);
                _buffers[i] = null;
            }
        }

        _free.Clear();
        _file.Dispose();
        File.Delete(_path);
    }
}
