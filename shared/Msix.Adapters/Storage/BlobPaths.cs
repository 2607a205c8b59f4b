namespace Msix.Adapters.Storage;

/// <summary>Checks the parts of a blob name that come from callers, so none can reach outside its State's folder.</summary>
internal static class BlobPaths
{
    /// <summary>One path segment: a State code or a submission id.</summary>
    public static void CheckSegment(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        if (value.AsSpan().IndexOfAny('/', '\\') >= 0 || value is "." or "..")
        {
            throw new ArgumentException("The value must be a single blob path segment.", parameterName);
        }
    }

    /// <summary>A name relative to a folder: segments separated by '/', none empty, "." or "..".</summary>
    public static void CheckRelativeName(string value, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, parameterName);
        if (value.Contains('\\', StringComparison.Ordinal)
            || value.Split('/').Any(segment => segment.Length == 0 || segment is "." or ".."))
        {
            throw new ArgumentException("The value must be a relative blob name without empty, '.' or '..' segments.", parameterName);
        }
    }
}
