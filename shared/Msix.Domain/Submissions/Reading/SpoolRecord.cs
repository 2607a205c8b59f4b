namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// The compact form of one row in the spool: <c>[length][kind | poisoned][file][row][key length][key][payload]</c>,
/// numbers as unsigned LEB128 varints. The payload of a JSON line is the line itself; that of a CSV row is the
/// number of its section's fields, each field's <c>[length + 1]</c> (or <c>[0]</c> when empty) in the section's
/// field order, then the fields' bytes one after another in that order. A
/// poisoned row could not be read (its error is already logged) and has no payload: it only rejects its child.
/// </summary>
internal static class SpoolRecord
{
    private const byte PoisonedFlag = 0x80;

    /// <summary>The bytes of a record's header once its body length is known.</summary>
    public static int HeaderLength(long row, int keyLength) => 2 + VarintLength((ulong)row) + VarintLength((ulong)keyLength) + keyLength;

    public static int FramedLength(int bodyLength) => VarintLength((ulong)bodyLength) + bodyLength;

    /// <summary>The room a length prefix written after the record (<see cref="WritePaddedLength"/>) takes.</summary>
    public const int PaddedLengthBytes = 5;

    /// <summary>Writes the length prefix and header; returns where the payload starts.</summary>
    public static int WriteHeader(Span<byte> target, int bodyLength, RowKind kind, bool poisoned, byte file, long row, ReadOnlySpan<byte> key)
    {
        var at = WriteVarint(target, (ulong)bodyLength);
        return at + WriteBodyHeader(target[at..], kind, poisoned, file, row, key);
    }

    /// <summary>
    /// Writes a record's length as a varint padded to <see cref="PaddedLengthBytes"/> bytes (continuation bits
    /// set on the leading bytes, so it reads as any other varint), for a record whose length is known only
    /// once it is written.
    /// </summary>
    public static void WritePaddedLength(Span<byte> target, int bodyLength)
    {
        var value = (uint)bodyLength;
        for (var i = 0; i < PaddedLengthBytes - 1; i++)
        {
            target[i] = (byte)(value | 0x80);
            value >>= 7;
        }

        target[PaddedLengthBytes - 1] = (byte)value;
    }

    /// <summary>Writes a record's header after its length prefix; returns its length.</summary>
    public static int WriteBodyHeader(Span<byte> target, RowKind kind, bool poisoned, byte file, long row, ReadOnlySpan<byte> key)
    {
        var at = 0;
        target[at++] = (byte)((byte)kind | (poisoned ? PoisonedFlag : 0));
        target[at++] = file;
        at += WriteVarint(target[at..], (ulong)row);
        at += WriteVarint(target[at..], (ulong)key.Length);
        key.CopyTo(target[at..]);
        return at + key.Length;
    }

    /// <summary>Reads the record at the start of <paramref name="data"/>; returns its framed length.</summary>
    public static int Read(ReadOnlySpan<byte> data, out Header header, out int keyStart, out int keyLength, out int payloadStart, out int bodyEnd)
    {
        var at = ReadVarint(data, out var body);
        bodyEnd = at + (int)body;
        var tag = data[at++];
        var file = data[at++];
        at += ReadVarint(data[at..], out var row);
        at += ReadVarint(data[at..], out var key);
        keyStart = at;
        keyLength = (int)key;
        payloadStart = at + keyLength;
        header = new Header((RowKind)(tag & ~PoisonedFlag), (tag & PoisonedFlag) != 0, file, (long)row);
        return bodyEnd;
    }

    public static int VarintLength(ulong value)
    {
        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }

        return length;
    }

    public static int WriteVarint(Span<byte> target, ulong value)
    {
        var at = 0;
        while (value >= 0x80)
        {
            target[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        target[at++] = (byte)value;
        return at;
    }

    public static int ReadVarint(ReadOnlySpan<byte> data, out ulong value)
    {
        value = 0;
        var shift = 0;
        var at = 0;
        while (true)
        {
            var b = data[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return at;
            }

            shift += 7;
        }
    }

    public readonly record struct Header(RowKind Kind, bool Poisoned, byte File, long Row);
}
