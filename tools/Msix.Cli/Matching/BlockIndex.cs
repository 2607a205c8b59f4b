using System.Runtime.InteropServices;

namespace Msix.Cli.Matching;

/// <summary>
/// Every record's index under each of its blocking keys (hashed), in ascending order. The blocks lie one after
/// the other in one array, and each key maps to where its block starts and how many records it holds: two
/// passes over the keys and no list per block, which for a million records would be millions of small objects.
/// </summary>
internal sealed class BlockIndex
{
    private readonly Dictionary<ulong, (int Start, int Count)> _places;
    private readonly int[] _records;

    private BlockIndex(Dictionary<ulong, (int Start, int Count)> places, int[] records)
    {
        _places = places;
        _records = records;
    }

    /// <summary>The index of records whose hashed keys are <paramref name="keys"/> (one array per record, in order).</summary>
    public static BlockIndex Of(ulong[][] keys)
    {
        // How many records each key holds at most, then where each block starts.
        var places = new Dictionary<ulong, (int Start, int Count)>();
        foreach (var ofRecord in keys)
        {
            foreach (var hash in ofRecord)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(places, hash, out _).Count++;
            }
        }

        var total = 0;
        foreach (var hash in places.Keys)
        {
            ref var place = ref CollectionsMarshal.GetValueRefOrNullRef(places, hash);
            var count = place.Count;
            place = (total, 0);
            total += count;
        }

        var records = new int[total];
        for (var i = 0; i < keys.Length; i++)
        {
            foreach (var hash in keys[i])
            {
                ref var place = ref CollectionsMarshal.GetValueRefOrNullRef(places, hash);

                // A record whose keys collide in one block is listed once.
                if (place.Count == 0 || records[place.Start + place.Count - 1] != i)
                {
                    records[place.Start + place.Count] = i;
                    place.Count++;
                }
            }
        }

        return new BlockIndex(places, records);
    }

    /// <summary>The records under <paramref name="key"/>, in ascending order; empty when none.</summary>
    public ReadOnlySpan<int> this[ulong key] =>
        _places.TryGetValue(key, out var place) ? _records.AsSpan(place.Start, place.Count) : [];
}
