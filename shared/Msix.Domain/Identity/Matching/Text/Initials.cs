namespace Msix.Domain.Identity.Matching.Text;

/// <summary>Initials of folded names.</summary>
public static class Initials
{
    /// <summary>
    /// True when <paramref name="maybeInitial"/> is one letter and <paramref name="name"/> starts with it:
    /// "j" and "juan", or "j" and "j" (the same initial). False for "jm", for an empty value and for a name that
    /// starts with another letter. Compares ordinally, so pass folded names.
    /// </summary>
    public static bool IsInitialOf(ReadOnlySpan<char> maybeInitial, ReadOnlySpan<char> name) =>
        maybeInitial.Length == 1 && name.Length > 0 && maybeInitial[0] == name[0];
}
