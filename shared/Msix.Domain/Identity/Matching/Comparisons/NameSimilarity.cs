using System.Runtime.CompilerServices;
using Msix.Domain.Identity.Matching.Text;

namespace Msix.Domain.Identity.Matching.Comparisons;

/// <summary>
/// The Jaro-Winkler similarity of two names and whether one is a nickname of the other, remembered for the
/// pairs a thread compared last. Match records share one string per name (<see cref="NamePool"/>), and a
/// record's candidates bring the same few names again and again: in a run over generated children, 97% of
/// the first-name pairs and 70% of the surname pairs had been compared before. The memory is keyed by the two
/// string objects (two equal strings that are different objects are merely worked out again), holds one pair
/// per slot (the last that fell in it), and is kept per thread, so it needs no lock. The answers are those of
/// <see cref="Text.JaroWinkler"/> and <see cref="Nicknames"/>, except that a similarity below
/// <see cref="Floor"/>, the lowest band a comparison tells apart, is only known to be below it.
/// </summary>
internal static class NameSimilarity
{
    /// <summary>The lowest Jaro-Winkler band a comparison tells apart: below it, names are different.</summary>
    public const double Floor = 0.70;

    private const int SlotBits = 16;

    [ThreadStatic]
    private static Slot[]? t_similarities;

    [ThreadStatic]
    private static Slot[]? t_nicknames;

    /// <summary>The Jaro-Winkler similarity of two folded names when it is at least <see cref="Floor"/>; otherwise some value below it.</summary>
    public static double JaroWinkler(string a, string b)
    {
        ref var slot = ref SlotOf(t_similarities ??= new Slot[1 << SlotBits], a, b);
        if (!ReferenceEquals(slot.A, a) || !ReferenceEquals(slot.B, b))
        {
            slot = new Slot(a, b, Text.JaroWinkler.SimilarityAtLeast(a, b, Floor));
        }

        return slot.Value;
    }

    /// <summary>Whether two folded given names are the same name, or one a nickname of the other, or both of one formal name.</summary>
    public static bool AreNicknames(string a, string b)
    {
        ref var slot = ref SlotOf(t_nicknames ??= new Slot[1 << SlotBits], a, b);
        if (!ReferenceEquals(slot.A, a) || !ReferenceEquals(slot.B, b))
        {
            slot = new Slot(a, b, Nicknames.AreRelated(a, b) ? 1 : 0);
        }

        return slot.Value > 0;
    }

    private static ref Slot SlotOf(Slot[] slots, string a, string b)
    {
        var hash = (((uint)RuntimeHelpers.GetHashCode(a) * 0x9E3779B1u) + (uint)RuntimeHelpers.GetHashCode(b)) * 0x85EBCA6Bu;
        return ref slots[hash >> (32 - SlotBits)];
    }

    private readonly record struct Slot(string? A, string? B, double Value);
}
