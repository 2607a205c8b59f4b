using System.Globalization;
using Msix.Synthetic.Places;
using Msix.Synthetic.Randomness;

namespace Msix.Synthetic.Life;

/// <summary>
/// Each State's own student IDs, in the State's form ("TX" and 9 digits, 10 digits ...), never starting
/// with a zero. The number is a permutation of the child's position in the run: a step near the golden
/// ratio of the range, coprime with it (the range's only prime factors are 2, 3 and 5), plus a per-State
/// offset. So IDs look scattered, differ between States, and never repeat within one.
/// </summary>
internal static class StudentIds
{
    public static string For(StateProfile state, int seed, long childNumber)
    {
        var lowest = Pow10(state.StudentIdDigits - 1);
        var range = (ulong)(9 * lowest);
        var step = (ulong)(range * 0.6180339887);
        while (step % 2 == 0 || step % 3 == 0 || step % 5 == 0)
        {
            step++;
        }

        var offset = StableHash.Of((ulong)(uint)seed, StableHash.Of(state.Code)) % range;
        var number = (ulong)lowest + (ulong)(((UInt128)(ulong)childNumber * step + offset) % range);
        return state.StudentIdPrefix + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The State MEP's own ID, sent by some States as an alternate ID.</summary>
    public static string MepId(StateProfile state, int seed, long childNumber) =>
        "MEP-" + (100000 + StableHash.Of((ulong)(uint)seed, StableHash.Of(state.Code), (ulong)childNumber) % 900000)
            .ToString(CultureInfo.InvariantCulture);

    private static long Pow10(int exponent)
    {
        var value = 1L;
        for (var i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }
}
