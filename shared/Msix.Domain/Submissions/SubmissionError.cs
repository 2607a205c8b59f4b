namespace Msix.Domain.Submissions;

/// <summary>
/// One problem found in a submission: which file, which row (1 is a CSV file's header; in JSON Lines,
/// the line), which field, a stable code, and a message a State's IT staff can act on. Row 0 and an empty
/// field mean the problem concerns the whole file.
/// </summary>
public sealed record SubmissionError(string File, long Row, string Field, string Code, string Message, string? Value = null)
{
    /// <summary>The longest part of an offending value that a receipt repeats.</summary>
    public const int MaxValueLength = 100;

    public static SubmissionError ForFile(string file, string code, string message) => new(file, 0, "", code, message);

    /// <summary>Shortens a value for a receipt, so a field of megabytes is never copied whole.</summary>
    public static string? Excerpt(string? value) =>
        value is null || value.Length <= MaxValueLength ? value : string.Concat(value.AsSpan(0, MaxValueLength), "…");
}
