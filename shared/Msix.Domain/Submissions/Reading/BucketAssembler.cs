using System.Text;
using Msix.Domain.Submissions.Format;

namespace Msix.Domain.Submissions.Reading;

/// <summary>
/// Phase 2 for one bucket at a time: loads the bucket's rows, groups them by StateStudentId, and assembles
/// and validates each child (in the order of its student row). Rows of a child that has no student row are
/// UNKNOWN_CHILD; a child with two student rows is a DUPLICATE_CHILD at each; a child with a row that could
/// not be read is rejected (that row's error is already logged). One assembler per worker.
/// </summary>
internal sealed class BucketAssembler
{
    /// <summary>The largest bucket read straight into memory (the usual bucket is a few megabytes at most).</summary>
    private const long InPlaceBucketBytes = 32 * 1024 * 1024;

    private readonly ReadContext _context;
    private readonly string[] _files;
    private readonly ChildErrors _errors;
    private readonly ChildBuilder _builder;
    private readonly JsonChildParser _json;
    private readonly ChildRows _rows = new();
    private readonly RowArena _arena = new();
    private readonly int _rowsPerChild;
    private readonly List<ChildGroup> _ordered = [];
    private readonly List<ChildGroup> _groupPool = [];
    private int _groupsUsed;
    private byte[] _chunk = [];

    /// <summary>The groups of the bucket by the hash of their key: open addressing, each slot a group's index + 1.</summary>
    private int[] _table = new int[1024];

    public BucketAssembler(ReadContext context)
    {
        _context = context;
        _files = [.. context.Files];
        _errors = new ChildErrors(context.Log);
        _builder = new ChildBuilder(_errors, context.Now);
        _json = new JsonChildParser(_errors);
        _rowsPerChild = context.Files.Count > 1 ? 16 : 1;
    }

    /// <summary>
    /// Loads one bucket's rows, grouped by child in the order of their student rows. The groups, like the
    /// rows, belong to this assembler and are reused for its next bucket.
    /// </summary>
    public IReadOnlyList<ChildGroup> Load(int bucket, CancellationToken cancellationToken)
    {
        _arena.Clear();
        Array.Clear(_table);
        _ordered.Clear();
        _groupsUsed = 0;

        // A bucket of the usual size is read straight into the arena, and its rows are used where they lie.
        // A bucket far larger than expected (many rows of one child) is read through one chunk buffer instead,
        // keeping only the rows of children within the limit, so memory stays bounded whatever the file holds.
        var inPlace = _context.Spool.BytesOf(bucket) <= InPlaceBucketBytes;
        if (!inPlace && _chunk.Length < _context.Spool.MaxChunkLength)
        {
            _chunk = new byte[_context.Spool.MaxChunkLength];
        }

        foreach (var chunk in _context.Spool.ChunksOf(bucket))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var target = inPlace ? _arena.Reserve(chunk.Length) : _chunk.AsMemory(0, chunk.Length);
            _context.Spool.Read(chunk, target.Span);
            Collect(target, inPlace);
        }

        for (var i = 0; i < _groupsUsed; i++)
        {
            _ordered.Add(_groupPool[i]);
        }

        _ordered.Sort(static (a, b) => a.FirstRow.CompareTo(b.FirstRow));
        return _ordered;
    }

    /// <summary>
    /// Assembles the loaded children one at a time, as they are asked for. The groups' rows live in this
    /// assembler's memory: assemble them before loading the next bucket.
    /// </summary>
    public IEnumerable<AssembledChild> Assemble(IReadOnlyList<ChildGroup> groups)
    {
        foreach (var group in groups)
        {
            if (Assemble(group) is { } child)
            {
                yield return child;
            }
        }
    }

    /// <summary>Groups the records of one chunk; <paramref name="inPlace"/> when the chunk lies in the arena and may be referenced.</summary>
    private void Collect(ReadOnlyMemory<byte> chunk, bool inPlace)
    {
        var data = chunk.Span;
        var at = 0;
        while (at < data.Length)
        {
            var start = at;
            var record = data[at..];
            var length = SpoolRecord.Read(record, out var header, out var keyStart, out var keyLength, out var payloadStart, out var bodyEnd);
            at += length;
            var group = GroupOf(record.Slice(keyStart, keyLength), inPlace ? chunk.Slice(start + keyStart, keyLength) : default);
            var payloadLength = bodyEnd - payloadStart;
            group.Bytes += payloadLength;
            if (group.Bytes > _context.MaxChildBytes)
            {
                group.TooLarge = true;
            }

            var stored = group.TooLarge ? ReadOnlyMemory<byte>.Empty
                : inPlace ? chunk.Slice(start + payloadStart, payloadLength)
                : _arena.Store(record[payloadStart..bodyEnd]);
            group.Add(new SpoolRow(header.Kind, header.Poisoned, header.File, header.Row, stored));
        }
    }

    /// <summary>The group of a key (its UTF-8 bytes, compared byte for byte), created at its first row.</summary>
    /// <param name="stored">The key where it lies in the arena, if it does.</param>
    private ChildGroup GroupOf(ReadOnlySpan<byte> key, ReadOnlyMemory<byte> stored)
    {
        var hash = KeyHash(key);
        var mask = _table.Length - 1;
        var slot = (int)hash & mask;
        while (_table[slot] is var entry && entry != 0)
        {
            var candidate = _groupPool[entry - 1];
            if (candidate.Hash == hash && key.SequenceEqual(candidate.KeyBytes.Span))
            {
                return candidate;
            }

            slot = (slot + 1) & mask;
        }

        if (_groupsUsed == _groupPool.Count)
        {
            _groupPool.Add(new ChildGroup(_rowsPerChild));
        }

        var group = _groupPool[_groupsUsed++].Reset(Encoding.UTF8.GetString(key), stored.IsEmpty ? _arena.Store(key) : stored, hash);
        _table[slot] = _groupsUsed;
        if (_groupsUsed * 2 > _table.Length)
        {
            Grow();
        }

        return group;
    }

    private void Grow()
    {
        _table = new int[_table.Length * 2];
        var mask = _table.Length - 1;
        for (var i = 0; i < _groupsUsed; i++)
        {
            var slot = (int)_groupPool[i].Hash & mask;
            while (_table[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _table[slot] = i + 1;
        }
    }

    private static uint KeyHash(ReadOnlySpan<byte> key)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        while (key.Length >= 8)
        {
            hash = (hash ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xFF51AFD7ED558CCDUL;
            hash ^= hash >> 32;
            key = key[8..];
        }

        foreach (var b in key)
        {
            hash = (hash ^ b) * 0xC4CEB9FE1A85EC53UL;
        }

        hash ^= hash >> 29;
        return (uint)(hash ^ (hash >> 32));
    }

    private AssembledChild? Assemble(ChildGroup group)
    {
        _errors.Reset();
        var rows = group.Rows;
        var students = 0;
        var poisoned = false;
        foreach (var row in rows)
        {
            students += row.Kind.IsChild() ? 1 : 0;
            poisoned |= row.Poisoned;
        }

        if (students == 0)
        {
            foreach (var row in rows.Where(r => !r.Poisoned))
            {
                _errors.Add(_context.Files[row.File], row.Row, SubmissionSchema.StateStudentId.Name, ErrorCodes.UnknownChild,
                    $"StateStudentId {group.Key} has no row in {SubmissionSchema.Student.CsvFileName}: every child needs a student row.", group.Key);
            }

            _context.Progress.AddRejectedRows(rows.Count);
            return null;
        }

        var record = students > 1 ? Duplicate(group.Key, rows.FindAll(r => r.Kind.IsChild()))
            : poisoned ? null
            : group.TooLarge ? TooLarge(group, rows.Find(r => r.Kind.IsChild()))
            : Build(rows, group);
        _context.Progress.AddChild(record is null);
        if (record is null)
        {
            _context.Progress.AddRejectedRows(rows.Count);
        }

        return new AssembledChild(group.Key, record, group.FirstRow);
    }

    private Mde.ChildRecord? Duplicate(string key, List<SpoolRow> students)
    {
        var json = students[0].Kind == RowKind.JsonLine;
        var where = string.Join(", ", students.Take(10).Select(s => s.Row.ToString(System.Globalization.CultureInfo.InvariantCulture))) + (students.Count > 10 ? " ..." : "");
        foreach (var student in students)
        {
            _errors.Add(_context.Files[student.File], student.Row, json ? SubmissionSchema.StateStudentId.JsonName : SubmissionSchema.StateStudentId.Name,
                ErrorCodes.DuplicateChild,
                $"StateStudentId {key} appears {students.Count} times ({(json ? "lines" : "rows")} {where}); send each child once per submission.", key);
        }

        return null;
    }

    private Mde.ChildRecord? TooLarge(ChildGroup group, SpoolRow first)
    {
        _errors.Add(_context.Files[first.File], first.Row, "", ErrorCodes.ChildTooLarge,
            $"The rows of StateStudentId {group.Key} add up to {group.Bytes:N0} bytes; one child's data may be at most {_context.MaxChildBytes:N0}.", group.Key);
        return null;
    }

    private Mde.ChildRecord? Build(List<SpoolRow> rows, ChildGroup group)
    {
        _rows.Clear();
        foreach (var row in rows)
        {
            var file = _files[row.File];
            if (row.Kind == RowKind.JsonLine)
            {
                if (!_json.Parse(row.Payload, file, row.Row, _rows))
                {
                    return null;
                }

                continue;
            }

            var data = _rows.Add(row.Kind, file, row.Row, -1, json: false);
            var payload = row.Payload.Span;
            var offset = SpoolRecord.ReadVarint(payload, out var count);

            // The fields' bytes follow their lengths: find where they start, then take each in turn.
            var lengths = offset;
            for (var field = 0; field < (int)count; field++)
            {
                offset += payload[offset] < 0x80 ? 1 : SpoolRecord.ReadVarint(payload[offset..], out _);
            }

            for (var field = 0; field < (int)count; field++)
            {
                ulong length = payload[lengths];
                lengths += length < 0x80 ? 1 : SpoolRecord.ReadVarint(payload[lengths..], out length);
                if (length > 1)
                {
                    data.Set(field, row.Payload.Slice(offset, (int)length - 1));
                    offset += (int)length - 1;
                }
            }
        }

        return _errors.Any ? null : _builder.Build(_rows, group.Key, group.KeyBytes);
    }

    internal readonly record struct SpoolRow(RowKind Kind, bool Poisoned, byte File, long Row, ReadOnlyMemory<byte> Payload);

    /// <summary>The rows of one child in the bucket being assembled.</summary>
    internal sealed class ChildGroup(int capacity)
    {
        public string Key { get; private set; } = "";

        public List<SpoolRow> Rows { get; } = new(capacity);

        public long FirstRow { get; private set; }

        public long Bytes { get; set; }

        public bool TooLarge { get; set; }

        /// <summary>The key's UTF-8 bytes, in the bucket's memory.</summary>
        public ReadOnlyMemory<byte> KeyBytes { get; private set; }

        public uint Hash { get; private set; }

        public ChildGroup Reset(string key, ReadOnlyMemory<byte> keyBytes, uint hash)
        {
            Key = key;
            KeyBytes = keyBytes;
            Hash = hash;
            Rows.Clear();
            FirstRow = long.MaxValue;
            Bytes = 0;
            TooLarge = false;
            return this;
        }

        public void Add(SpoolRow row)
        {
            Rows.Add(row);
            if (row.Kind.IsChild() && row.Row < FirstRow)
            {
                FirstRow = row.Row;
            }
        }
    }
}
