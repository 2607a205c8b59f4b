using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Msix.Integration.Tests.Adapters;

/// <summary>
/// A forward-only stream of <see cref="Length"/> pseudo-random bytes made as they are read, so a test can
/// send a large body that exists nowhere whole; it hashes what it hands out.
/// </summary>
public sealed class GeneratedStream : Stream
{
    private readonly long _length;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _position;
    private ulong _state = 0x9E3779B97F4A7C15UL;

    public GeneratedStream(long length) => _length = length;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>The SHA-256 of every byte read so far.</summary>
    public byte[] Hash() => _hash.GetCurrentHash();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, _length - _position) & ~7;
        if (count == 0 && _position < _length)
        {
            count = (int)Math.Min(buffer.Length, _length - _position);
        }

        Span<byte> word = stackalloc byte[8];
        for (var i = 0; i < count; i += 8)
        {
            // xorshift64: cheap, deterministic, and not compressible.
            _state ^= _state << 13;
            _state ^= _state >> 7;
            _state ^= _state << 17;
            BinaryPrimitives.WriteUInt64LittleEndian(word, _state);
            word[..Math.Min(8, count - i)].CopyTo(buffer[i..]);
        }

        _hash.AppendData(buffer[..count]);
        _position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
