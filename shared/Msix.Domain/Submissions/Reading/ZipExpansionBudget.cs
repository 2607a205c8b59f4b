namespace Msix.Domain.Submissions.Reading;

/// <summary>The bytes a zip may still expand to, over all its entries (safe from several threads at once).</summary>
internal sealed class ZipExpansionBudget(long maxBytes, string reason)
{
    private long _spent;

    public long Spent => Interlocked.Read(ref _spent);

    public void Spend(long bytes)
    {
        if (Interlocked.Add(ref _spent, bytes) > maxBytes)
        {
            throw new SubmissionFileException(ErrorCodes.ZipTooLarge, $"The zip expands to more than {maxBytes:N0} bytes ({reason}).");
        }
    }
}
