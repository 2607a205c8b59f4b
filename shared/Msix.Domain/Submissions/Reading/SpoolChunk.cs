namespace Msix.Domain.Submissions.Reading;

/// <summary>Where one run of a bucket's records lies in the spool file.</summary>
internal readonly record struct SpoolChunk(long Offset, int Length);
