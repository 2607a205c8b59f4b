namespace Msix.Domain.Identity.Matching;

/// <summary>
/// The records linked so far and their blocking keys, in memory: for matching a batch of records in one
/// process without a store (the matcher's tests, and tools). Keys are kept as 64-bit hashes, records as indices.
/// Not thread-safe.
/// </summary>
public sealed class InMemoryMatchIndex(int maxBlockSize)
{
    private readonly Dictionary<ulong, List<int>> _blocks = [];
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly List<MatchRecord> _records = [];
    private readonly List<string> _msixIds = [];
    private readonly Dictionary<string, List<int>> _members = new(StringComparer.Ordinal);
    private int[] _seen = [];
    private int _stamp;

    /// <summary>The records indexed.</summary>
    public int Count => _records.Count;

    /// <summary>The record at an index.</summary>
    public MatchRecord RecordAt(int index) => _records[index];

    /// <summary>The MSIX ID of the record at an index.</summary>
    public string MsixIdAt(int index) => _msixIds[index];

    /// <summary>The MSIX ID already linked to a record's key (State and State student ID), if any.</summary>
    public string? LinkedMsixId(string key) => _byKey.TryGetValue(key, out var index) ? _msixIds[index] : null;

    /// <summary>Indexes a record under its blocking keys, linked to an MSIX ID.</summary>
    public int Add(MatchRecord record, string msixId)
    {
        ArgumentNullException.ThrowIfNull(record);
        var index = _records.Count;
        _records.Add(record);
        _msixIds.Add(msixId);
        _byKey[record.Key] = index;
        if (!_members.TryGetValue(msixId, out var members))
        {
            _members[msixId] = members = [];
        }

        members.Add(index);
        foreach (var key in BlockingKeys.Of(record))
        {
            var hash = BlockingKeys.Hash(key);
            if (!_blocks.TryGetValue(hash, out var block))
            {
                _blocks[hash] = block = [];
            }

            block.Add(index);
        }

        return index;
    }

    /// <summary>The indices of the records that share a blocking key with <paramref name="record"/>, each once.</summary>
    public List<int> Candidates(MatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_seen.Length < _records.Count)
        {
            Array.Resize(ref _seen, Math.Max(_records.Count, _seen.Length * 2));
        }

        _stamp++;
        var found = new List<int>();
        foreach (var key in BlockingKeys.Of(record))
        {
            if (!_blocks.TryGetValue(BlockingKeys.Hash(key), out var block) || block.Count > maxBlockSize)
            {
                continue;
            }

            foreach (var index in block)
            {
                if (_seen[index] != _stamp)
                {
                    _seen[index] = _stamp;
                    found.Add(index);
                }
            }
        }

        return found;
    }

    /// <summary>Whether an MSIX ID holds a record of <paramref name="record"/>'s State under another State ID.</summary>
    public bool HoldsOtherRecordOfState(string msixId, MatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!_members.TryGetValue(msixId, out var members))
        {
            return false;
        }

        foreach (var index in members)
        {
            var member = _records[index];
            if (string.Equals(member.State, record.State, StringComparison.Ordinal) && !string.Equals(member.Key, record.Key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
