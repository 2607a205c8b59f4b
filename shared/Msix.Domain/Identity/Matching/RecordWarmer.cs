using System.Runtime.CompilerServices;

namespace Msix.Domain.Identity.Matching;

/// <summary>
/// Brings match records into the processor's cache before they are compared. A large run holds its records
/// scattered over gigabytes, so comparing them one after the other waits on memory for each in turn; reading
/// one field of each in a loop of its own, with no work between the reads, lets the processor fetch many at
/// once. A second loop does the same for what the records point to (names, surnames, parents).
/// </summary>
public static class RecordWarmer
{
    /// <summary>Reads the records at <paramref name="indexes"/>; returns a value of no meaning, so the reads are kept.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Warm(ReadOnlySpan<MatchRecord> records, ReadOnlySpan<int> indexes)
    {
        var read = 0;
        foreach (var i in indexes)
        {
            read |= records[i].BirthDate;
        }

        foreach (var i in indexes)
        {
            var record = records[i];
            read |= record.FirstName.Length | record.LastNames.Length | record.ParentFirstNames.Length;
        }

        return read;
    }
}
