namespace Msix.Domain.Submissions.Reading;

/// <summary>What merely reading a submission found: its format, its data rows, and the bytes of data read.</summary>
public sealed record RowCount(string Format, long Rows, long Bytes);
