using System.Collections.Concurrent;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Writes one thread's rows to a <see cref="Spool"/>: each bucket collects its records in its own region of
/// one buffer, and a full region is appended to the spool file as a chunk. A record longer than a region is
/// a chunk of its own. The chunks of a bucket keep the order of its records. The buffer is kept for the next
/// writer when this one completes (see <see cref="CompleteAsync"/>). Not thread-safe: one writer per thread
/// that reads rows.
/// </summary>
internal sealed class SpoolWriter
{
    /// <summary>Buffers of completed writers, for the next ones (no more than one per processor is kept).</summary>
    private static readonly ConcurrentBag<byte[]> Kept = [];

    private readonly Spool _spool;
    private readonly int _capacity;
    private readonly int[] _used;
    private byte[]? _buffer;
    private byte[]? _large;
    private int _largeBucket;
    private int _largeLength;

    internal SpoolWriter(Spool spool)
    {
        _spool = spool;
        _capacity = spool.ChunkCapacity;
        _used = new int[spool.BucketCount];
        _buffer = Rent(spool.BucketCount * _capacity);
    }

    /// <summary>The bucket of a StateStudentId, given as its UTF-8 bytes.</summary>
    public int BucketOf(ReadOnlySpan<byte> key) => _spool.BucketOf(key);

    /// <summary>Room for one record of exactly <paramref name="length"/> bytes at the end of the bucket; the caller fills all of it.</summary>
    public Span<byte> Reserve(int bucket, int length)
    {
        var buffer = _buffer ?? throw new InvalidOperationException("The writer is complete.");
        WriteLarge();
        if (length > _capacity)
        {
            // Written after the bucket's earlier records, once the caller has filled it.
            WriteRegion(bucket);
            _large = GC.AllocateUninitializedArray<byte>(length);
            _largeBucket = bucket;
            _largeLength = length;
            return _large;
        }

        if (_capacity - _used[bucket] < length)
        {
            WriteRegion(bucket);
        }

        var span = buffer.AsSpan((bucket * _capacity) + _used[bucket], length);
        _used[bucket] += length;
        return span;
    }

    /// <summary>Gives back the unused end of the bucket's last reservation (a record shorter than reserved).</summary>
    public void Unreserve(int bucket, int unused)
    {
        if (_large is not null && bucket == _largeBucket)
        {
            _largeLength -= unused;
            return;
        }

        _used[bucket] -= unused;
    }

    /// <summary>Writes what must wait no longer (full regions are written as soon as they fill).</summary>
    public ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        WriteLarge();
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes every bucket's last chunk; after this the writer is done.</summary>
    public ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        WriteLarge();
        for (var bucket = 0; bucket < _used.Length; bucket++)
        {
            WriteRegion(bucket);
        }

        if (_buffer is { } buffer && Kept.Count < Environment.ProcessorCount)
        {
            Kept.Add(buffer);
        }

        _buffer = null;
        return ValueTask.CompletedTask;
    }

    private static byte[] Rent(int length)
    {
        // A kept buffer too small for this spool is left to the garbage collector.
        return Kept.TryTake(out var kept) && kept.Length >= length ? kept : GC.AllocateUninitializedArray<byte>(length);
    }

    private void WriteRegion(int bucket)
    {
        if (_used[bucket] > 0)
        {
            _spool.Append(bucket, _buffer.AsSpan(bucket * _capacity, _used[bucket]));
            _used[bucket] = 0;
        }
    }

    private void WriteLarge()
    {
        if (_large is not null)
        {
            _spool.Append(_largeBucket, _large.AsSpan(0, _largeLength));
            _large = null;
        }
    }
}
