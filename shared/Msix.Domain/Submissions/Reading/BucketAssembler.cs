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
    private readonly ReadContext _context;
    private readonly ChildErrors _errors;
    private readonly ChildBuilder _builder;
    private readonly JsonChildParser _json;
    private readonly ChildRows _rows = new();
    private readonly RowArena _arena = new();
    private readonly int _rowsPerChild;
    private readonly Dictionary<string, ChildGroup> _groups = new(StringComparer.Ordinal);
    private readonly List<ChildGroup> _ordered = [];
    private readonly List<ChildGroup> _groupPool = [];
    private int _groupsUsed;
    private byte[] _chunk = [];

    public BucketAssembler(ReadContext context)
    {
        _context = context;
        _errors = new ChildErrors(context.Log);
        _builder = new ChildBuilder(_errors, context.Now);
        _json = new JsonChildParser(_errors);
        _rowsPerChild = context.Files.Count > 1 ? 16 : 1;
    }

    /// <summary>
    /// Loads one bucket's rows, grouped by child in the order of their student rows. The groups, like the
    /// rows, belong to this assembler and are reused for its next bucket.
    /// </summary>
    public async Task<IReadOnlyList<ChildGroup>> LoadAsync(int bucket, CancellationToken cancellationToken)
    {
        _arena.Clear();
        _groups.Clear();
        _ordered.Clear();
        _groupsUsed = 0;
        if (_chunk.Length < _context.Spool.MaxChunkLength)
        {
            _chunk = new byte[_context.Spool.MaxChunkLength];
        }

        foreach (var chunk in _context.Spool.ChunksOf(bucket))
        {
            await _context.Spool.ReadAsync(chunk, _chunk, cancellationToken);
            Collect(_chunk.AsSpan(0, chunk.Length));
        }

        _ordered.AddRange(_groups.Values);
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

    private void Collect(ReadOnlySpan<byte> chunk)
    {
        var groups = _groups;
        var lookup = groups.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> keyChars = stackalloc char[128];
        var at = 0;
        while (at < chunk.Length)
        {
            var record = chunk[at..];
            var length = SpoolRecord.Read(record, out var header, out var keyStart, out var keyLength, out var payloadStart, out var bodyEnd);
            at += length;
            var keyBytes = record.Slice(keyStart, keyLength);
            ChildGroup? group;
            if (keyBytes.Length <= keyChars.Length)
            {
                var chars = keyChars[..Encoding.UTF8.GetChars(keyBytes, keyChars)];
                if (!lookup.TryGetValue(chars, out group))
                {
                    group = NewGroup(new string(chars));
                    groups.Add(group.Key, group);
                }
            }
            else
            {
                var key = Encoding.UTF8.GetString(keyBytes);
                if (!groups.TryGetValue(key, out group))
                {
                    group = NewGroup(key);
                    groups.Add(key, group);
                }
            }

            var payload = record[payloadStart..bodyEnd];
            group.Bytes += payload.Length;
            if (group.Bytes > _context.MaxChildBytes)
            {
                group.TooLarge = true;
            }

            var stored = group.TooLarge ? ReadOnlyMemory<byte>.Empty : _arena.Store(payload);
            group.Add(new SpoolRow(header.Kind, header.Poisoned, header.File, header.Row, stored));
        }
    }

    private ChildGroup NewGroup(string key)
    {
        if (_groupsUsed == _groupPool.Count)
        {
            _groupPool.Add(new ChildGroup(_rowsPerChild));
        }

        return _groupPool[_groupsUsed++].Reset(key);
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
            : Build(rows);
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

    private Mde.ChildRecord? Build(List<SpoolRow> rows)
    {
        _rows.Clear();
        foreach (var row in rows)
        {
            var file = _context.Files[row.File];
            if (row.Kind == RowKind.JsonLine)
            {
                if (!_json.Parse(row.Payload, file, row.Row, _rows))
                {
                    return null;
                }

                continue;
            }

            var data = _rows.Add(SubmissionSchema.CsvFiles[(int)row.Kind], file, row.Row, -1, json: false);
            var payload = row.Payload.Span;
            var offset = SpoolRecord.ReadVarint(payload, out var count);
            for (var field = 0; field < (int)count; field++)
            {
                offset += SpoolRecord.ReadVarint(payload[offset..], out var length);
                if (length == 0)
                {
                    continue;
                }

                data.Set(field, row.Payload.Slice(offset, (int)length - 1));
                offset += (int)length - 1;
            }
        }

        return _errors.Any ? null : _builder.Build(_rows);
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

        public ChildGroup Reset(string key)
        {
            Key = key;
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
