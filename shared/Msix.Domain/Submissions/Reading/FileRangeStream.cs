using Microsoft.Win32.SafeHandles;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Reads one range of a file, front to back, through a handle that several such streams may share (each
/// read says where it reads). Lets several threads each read their own part of one file.
/// </summary>
internal sealed class FileRangeStream : Stream
{
    private readonly SafeFileHandle _file;
    private readonly long _start;
    private readonly long _end;
    private long _position;

    public FileRangeStream(SafeFileHandle file, long start, long end)
    {
        _file = file;
        _start = start;
        _end = end;
        _position = start;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _end - _start;

    public override long Position
    {
        get => _position - _start;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var wanted = (int)Math.Min(buffer.Length, _end - _position);
        if (wanted <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(_file, buffer[..wanted], _position);
        _position += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var wanted = (int)Math.Min(buffer.Length, _end - _position);
        if (wanted <= 0)
        {
            return 0;
        }

        var read = await RandomAccess.ReadAsync(_file, buffer[..wanted], _position, cancellationToken);
        _position += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
