namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Holds the payloads of one bucket's rows in a few large blocks while the bucket is assembled. The blocks
/// are kept and reused for the next bucket, so assembling a file does not churn the large-object heap.
/// </summary>
internal sealed class RowArena
{
    private const int BlockSize = 1024 * 1024;
    private readonly List<byte[]> _blocks = [];
    private int _block = -1;
    private int _used;

    public ReadOnlyMemory<byte> Store(ReadOnlySpan<byte> payload)
    {
        if (payload.Length > BlockSize / 4)
        {
            return payload.ToArray();
        }

        if (_block < 0 || BlockSize - _used < payload.Length)
        {
            _block++;
            if (_block == _blocks.Count)
            {
                _blocks.Add(new byte[BlockSize]);
            }

            _used = 0;
        }

        var block = _blocks[_block];
        payload.CopyTo(block.AsSpan(_used));
        var stored = block.AsMemory(_used, payload.Length);
        _used += payload.Length;
        return stored;
    }

    /// <summary>Room for <paramref name="length"/> bytes that the caller fills (a chunk read straight from the spool).</summary>
    public Memory<byte> Reserve(int length)
    {
        if (length > BlockSize)
        {
            return new byte[length];
        }

        if (_block < 0 || BlockSize - _used < length)
        {
            _block++;
            if (_block == _blocks.Count)
            {
                _blocks.Add(new byte[BlockSize]);
            }

            _used = 0;
        }

        var reserved = _blocks[_block].AsMemory(_used, length);
        _used += length;
        return reserved;
    }

    /// <summary>Makes the blocks free for the next bucket; nothing stored may be used after this.</summary>
    public void Clear()
    {
        _block = -1;
        _used = 0;
    }
}
