namespace Msix.Synthetic.Randomness;

/// <summary>
/// Hashes that never change between processes or runtimes (string.GetHashCode and HashCode are randomised
/// per process, so they cannot seed repeatable data).
/// </summary>
internal static class StableHash
{
    /// <summary>FNV-1a over the string's UTF-16 code units.</summary>
    public static ulong Of(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    public static ulong Of(params ReadOnlySpan<ulong> parts)
    {
        var hash = 14695981039346656037UL;
        foreach (var part in parts)
        {
            hash = Mix(hash ^ part);
        }

        return hash;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 33)) * 0xFF51AFD7ED558CCDUL;
        z = (z ^ (z >> 33)) * 0xC4CEB9FE1A85EC53UL;
        return z ^ (z >> 33);
    }
}
