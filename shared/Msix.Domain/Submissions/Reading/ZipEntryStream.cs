namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Reads one zip entry's decompressed content while counting the real bytes: the declared sizes of a zip
/// can lie, so the budget of the whole zip is enforced on what actually comes out, and at the end the entry
/// must have exactly its declared size and CRC-32.
/// </summary>
internal sealed class ZipEntryStream(Stream inner, string entryName, long declaredLength, uint declaredCrc, ZipExpansionBudget budget) : Stream
{
    private long _read;
    private uint _crc;
    private bool _checked;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read;
        try
        {
            read = inner.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw Corrupt(e);
        }

        return Count(buffer[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw Corrupt(e);
        }

        return Count(buffer.Span[..read]);
    }

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
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0)
        {
            if (!_checked)
            {
                _checked = true;
                if (_read != declaredLength)
                {
                    throw new SubmissionFileException(ErrorCodes.ZipCorrupt,
                        $"The zip entry {entryName} holds {_read:N0} bytes but declares {declaredLength:N0}: the zip is damaged.");
                }

                if (_crc != declaredCrc)
                {
                    throw new SubmissionFileException(ErrorCodes.ZipCorrupt,
                        $"The zip entry {entryName} does not match its CRC-32 checksum: the zip is damaged.");
                }
            }

            return 0;
        }

        _read += data.Length;
        if (_read > declaredLength)
        {
            throw new SubmissionFileException(ErrorCodes.ZipTooLarge,
                $"The zip entry {entryName} expands beyond its declared size of {declaredLength:N0} bytes.");
        }

        budget.Spend(data.Length);
        _crc = Crc32.Append(_crc, data);
        return data.Length;
    }

    private SubmissionFileException Corrupt(InvalidDataException e) =>
        new(ErrorCodes.ZipCorrupt, $"The zip entry {entryName} cannot be decompressed: the zip is damaged or uses an unsupported compression method.", e);
}
