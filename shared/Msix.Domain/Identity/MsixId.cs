using System.Security.Cryptography;

namespace Msix.Domain.Identity;

/// <summary>
/// The MSIX Identification Number: 12 digits, the last a Damm check digit, so that any one mistyped digit
/// and any two swapped neighbouring digits are caught. New IDs are random (never sequential, so one ID
/// says nothing about another) and never start with 0.
/// </summary>
public static class MsixId
{
    public const int Length = 12;

    // The Damm algorithm's weakly totally anti-symmetric quasigroup of order 10.
    private static readonly byte[,] Quasigroup =
    {
        { 0, 3, 1, 7, 5, 9, 8, 6, 4, 2 },
        { 7, 0, 9, 2, 1, 5, 4, 8, 6, 3 },
        { 4, 2, 0, 6, 8, 7, 1, 3, 5, 9 },
        { 1, 7, 5, 0, 9, 8, 3, 4, 2, 6 },
        { 6, 1, 2, 3, 0, 4, 5, 9, 7, 8 },
        { 3, 6, 7, 4, 2, 0, 9, 5, 8, 1 },
        { 5, 8, 6, 9, 7, 2, 0, 1, 3, 4 },
        { 8, 9, 4, 5, 3, 6, 2, 0, 1, 7 },
        { 9, 4, 3, 8, 6, 1, 7, 2, 0, 5 },
        { 2, 5, 8, 1, 4, 3, 6, 7, 9, 0 },
    };

    /// <summary>A new random MSIX ID with its check digit.</summary>
    public static string NewId()
    {
        Span<char> digits = stackalloc char[Length];
        digits[0] = (char)('1' + RandomNumberGenerator.GetInt32(9));
        for (var i = 1; i < Length - 1; i++)
        {
            digits[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
        }

        digits[^1] = (char)('0' + Interim(digits[..^1]));
        return new string(digits);
    }

    /// <summary>True for 12 digits whose last is the check digit of the first 11.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: Length } && id.All(char.IsAsciiDigit) && Interim(id) == 0;

    /// <summary>The check digit that completes 11 digits.</summary>
    public static char CheckDigit(ReadOnlySpan<char> elevenDigits) =>
        elevenDigits.Length == Length - 1 ? (char)('0' + Interim(elevenDigits)) : throw new ArgumentException("Expected 11 digits.", nameof(elevenDigits));

    private static int Interim(ReadOnlySpan<char> digits)
    {
        var interim = 0;
        foreach (var c in digits)
        {
            interim = Quasigroup[interim, c - '0'];
        }

        return interim;
    }
}
