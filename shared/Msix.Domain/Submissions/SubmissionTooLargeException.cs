namespace Msix.Domain.Submissions;

/// <summary>An uploaded submission passed the largest size the exchange accepts.</summary>
public sealed class SubmissionTooLargeException(long maxBytes)
    : Exception($"The submission is larger than the {maxBytes:N0} bytes accepted; split it into several submissions.")
{
    public long MaxBytes { get; } = maxBytes;
}
