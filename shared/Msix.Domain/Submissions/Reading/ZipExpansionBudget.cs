namespace Msix.Domain.Submissions.Reading;

/// <summary>The bytes a zip may still expand to, over all its entries.</summary>
internal sealed class ZipExpansionBudget(long maxBytes, string reason)
{
    public long Spent { get; private set; }

    public void Spend(long bytes)
    {
        Spent += bytes;
        if (Spent > maxBytes)
        {
            throw new SubmissionFileException(ErrorCodes.ZipTooLarge, $"The zip expands to more than {maxBytes:N0} bytes ({reason}).");
        }
    }
}
