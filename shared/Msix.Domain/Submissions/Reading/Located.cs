namespace Msix.Domain.Submissions.Reading;

/// <summary>A section item read from a row, with the row, so a later rule can say where the problem is.</summary>
internal readonly record struct Located<T>(T Item, RowData Row);
